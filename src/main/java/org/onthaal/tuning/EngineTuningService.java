package org.onthaal.tuning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.audit.AuditLog;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.base.security.StaffRoles;
import org.onthaal.live.LiveNotifier;
import org.onthaal.matching.History;
import org.onthaal.matching.Weights;
import org.onthaal.space.LocationService;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managers tune the engine for their place: read the weights, replay the last four weeks
 * with other weights, save them (audited; the place's host boards compute anew) or go
 * back to the defaults.
 */
@Service
@Transactional(readOnly = true)
public class EngineTuningService {

	/** How far back the preview replays. */
	public static final Duration REPLAYED = Duration.ofDays(28);

	private final EngineWeightsRepository stored;

	private final LocationService locations;

	private final AuditLog audit;

	private final LiveNotifier live;

	private final Clock clock;

	EngineTuningService(EngineWeightsRepository stored, LocationService locations, AuditLog audit, LiveNotifier live,
			Clock clock) {
		this.stored = stored;
		this.locations = locations;
		this.audit = audit;
		this.live = live;
		this.clock = clock;
	}

	@RolesAllowed(StaffRoles.MANAGER)
	public TunedWeights weights(long locationId) {
		locations.requireAccess(locationId);
		return inUse(locationId);
	}

	/** The place's weights, for callers that checked access already. */
	private TunedWeights inUse(long locationId) {
		return stored.find(locationId)
			.map(s -> new TunedWeights(EngineWeights.values(s.values()), false, s.changedAt(), s.changedBy()))
			.orElseGet(() -> new TunedWeights(WeightSetting.valuesOf(Weights.DEFAULTS), true, null, null));
	}

	/**
	 * Stores the weights, or refuses them with {@link WeightsRejected} and stores
	 * nothing. {@code expected} are the weights the manager started from: if someone
	 * saved others in the meantime, an {@link OptimisticLockingFailureException} says so.
	 * False if nothing changed.
	 */
	@Transactional
	@RolesAllowed(StaffRoles.MANAGER)
	public boolean save(long locationId, Map<WeightSetting, Double> expected,
			Map<WeightSetting, @Nullable Double> proposed) {
		locations.requireAccess(locationId);
		Map<WeightSetting, Double> values = checked(proposed);
		stored.lockLocation(locationId);
		TunedWeights now = inUse(locationId);
		if (!now.values().equals(Map.copyOf(expected))) {
			throw new OptimisticLockingFailureException("The engine weights of location " + locationId + " changed");
		}
		Map<String, Map<String, Double>> changed = new LinkedHashMap<>();
		for (WeightSetting setting : WeightSetting.values()) {
			double before = now.values().get(setting);
			double after = values.get(setting);
			if (before != after) {
				changed.put(setting.key(), Map.of("from", before, "to", after));
			}
		}
		if (changed.isEmpty()) {
			return false;
		}
		stored.save(locationId, EngineWeights.byKey(values), clock.instant(), CurrentUser.username());
		audit.record(CurrentUser.username(), "ENGINE_WEIGHTS_CHANGED", "location", locationId, locationId,
				Map.of("changed", changed));
		live.weightsChanged(locationId);
		return true;
	}

	/** Back to the defaults; false if the place used them already. */
	@Transactional
	@RolesAllowed(StaffRoles.MANAGER)
	public boolean restoreDefaults(long locationId) {
		locations.requireAccess(locationId);
		stored.lockLocation(locationId);
		TunedWeights before = inUse(locationId);
		if (!stored.delete(locationId)) {
			return false;
		}
		audit.record(CurrentUser.username(), "ENGINE_WEIGHTS_RESTORED", "location", locationId, locationId,
				Map.of("previous", EngineWeights.byKey(before.values())));
		live.weightsChanged(locationId);
		return true;
	}

	/**
	 * The last four weeks at the place replayed with the weights in use and with
	 * {@code proposed}; refused like {@link #save} if the proposed weights are not
	 * usable. Only counts leave this method, never a family.
	 */
	@RolesAllowed(StaffRoles.MANAGER)
	public ReplayPreview preview(long locationId, Map<WeightSetting, @Nullable Double> proposed) {
		ZoneId zone = locations.requireAccess(locationId).timeZone();
		Map<WeightSetting, Double> values = checked(proposed);
		Instant until = clock.instant();
		Instant from = until.minus(REPLAYED);
		List<Replay.Visit> visits = stored.visits(locationId, from, until);
		Set<Long> families = visits.stream().map(v -> v.family().familyId()).collect(Collectors.toSet());
		History known = new History(stored.acquaintances(families, from), Map.of(), stored.vetoes(families), Set.of());
		List<Instant> moments = stored.hostMoments(locationId, from, until);
		List<Instant> replayed = moments.isEmpty() ? Replay.everyTenMinutes(visits) : moments;
		Weights current = WeightSetting.weights(inUse(locationId).values());
		int days = (int) visits.stream().map(v -> LocalDate.ofInstant(v.family().arrivedAt(), zone)).distinct().count();
		return new ReplayPreview(LocalDate.ofInstant(from, zone), LocalDate.ofInstant(until, zone), days, visits.size(),
				replayed.size(), !moments.isEmpty(), Replay.run(visits, replayed, known, current),
				Replay.run(visits, replayed, known, WeightSetting.weights(values)));
	}

	private static Map<WeightSetting, Double> checked(Map<WeightSetting, @Nullable Double> proposed) {
		List<WeightRules.Problem> problems = WeightRules.problems(proposed);
		if (!problems.isEmpty()) {
			throw new WeightsRejected(problems);
		}
		Map<WeightSetting, Double> values = new EnumMap<>(WeightSetting.class);
		proposed.forEach((setting, value) -> values.put(setting, Objects.requireNonNull(value)));
		return values;
	}

}
