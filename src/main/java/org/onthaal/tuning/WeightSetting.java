package org.onthaal.tuning;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.onthaal.matching.Weights;

/**
 * One control per weight of {@link Weights}: its name as stored and in the translation
 * bundles ({@code tuning.<key>.label} and {@code .reason}), the range a manager may
 * choose from, and whether it takes whole numbers. The ranges are wide enough to turn a
 * rule off or make it dominate, and narrow enough that one setting cannot drown all
 * others.
 */
public enum WeightSetting {

	SHARED_LANGUAGE("sharedLanguage", Group.PAIR, 0, 10, false, Weights::sharedLanguage),
	SHARED_INTEREST("sharedInterest", Group.PAIR, 0, 10, false, Weights::sharedInterest),
	MAX_SHARED_INTERESTS("maxSharedInterests", Group.PAIR, 0, 10, true, Weights::maxSharedInterests),
	CHILDREN_SAME_AGE("childrenSameAge", Group.PAIR, 0, 10, false, Weights::childrenSameAge),
	CHILDREN_CLOSE_AGE("childrenCloseAge", Group.PAIR, 0, 10, false, Weights::childrenCloseAge),
	BRIDGE("bridge", Group.PAIR, 0, 10, false, Weights::bridge),
	NEWCOMER("newcomer", Group.FIRST, 0, 10, false, Weights::newcomer),
	WAITING_PER_TEN_MINUTES("waitingPerTenMinutes", Group.FIRST, 0, 5, false, Weights::waitingPerTenMinutes),
	WAITING_CAP("waitingCap", Group.FIRST, 0, 20, false, Weights::waitingCap),
	FEW_PARTNERS("fewPartners", Group.FIRST, 0, 10, false, Weights::fewPartners),
	FEW_PARTNERS_AT_MOST("fewPartnersAtMost", Group.FIRST, 0, 10, true, Weights::fewPartnersAtMost),
	REST_AFTER("restAfter", Group.TURNS, 1, 20, true, Weights::restAfter),
	WAITING_LONG_MINUTES("waitingLongMinutes", Group.TURNS, 5, 180, true, w -> w.waitingLong().toMinutes()),
	REINTRODUCE_AFTER_WEEKS("reintroduceAfterWeeks", Group.TURNS, 1, 52, true,
			w -> w.reintroduceAfter().toDays() / 7.0),
	STABILITY("stability", Group.CARDS, 0, 10, false, Weights::stability),
	TRIO_THRESHOLD("trioThreshold", Group.CARDS, 0, 20, false, Weights::trioThreshold);

	/** How the back office groups the controls. */
	public enum Group {

		/** What makes two families a good pair. */
		PAIR,
		/** Who goes first. */
		FIRST,
		/** Giving everyone a turn. */
		TURNS,
		/** Cards on the host's screen and trios. */
		CARDS

	}

	private final String key;

	private final Group group;

	private final double min;

	private final double max;

	private final boolean whole;

	private final ToDoubleFunction<Weights> read;

	WeightSetting(String key, Group group, double min, double max, boolean whole, ToDoubleFunction<Weights> read) {
		this.key = key;
		this.group = group;
		this.min = min;
		this.max = max;
		this.whole = whole;
		this.read = read;
	}

	public String key() {
		return key;
	}

	public Group group() {
		return group;
	}

	public double min() {
		return min;
	}

	public double max() {
		return max;
	}

	/** Whether only whole numbers make sense (a count, minutes, weeks). */
	public boolean whole() {
		return whole;
	}

	public double of(Weights weights) {
		return read.applyAsDouble(weights);
	}

	public double byDefault() {
		return of(Weights.DEFAULTS);
	}

	/** The pair weights: with all of them zero no pair is worth more than another. */
	public boolean makesAPairWorthSomething() {
		return this == SHARED_LANGUAGE || this == SHARED_INTEREST || this == CHILDREN_SAME_AGE
				|| this == CHILDREN_CLOSE_AGE || this == BRIDGE;
	}

	public static Map<WeightSetting, Double> valuesOf(Weights weights) {
		Map<WeightSetting, Double> values = new EnumMap<>(WeightSetting.class);
		for (WeightSetting setting : values()) {
			values.put(setting, setting.of(weights));
		}
		return values;
	}

	/** The weights these values make; checked values only ({@link WeightRules}). */
	public static Weights weights(Map<WeightSetting, Double> values) {
		return new Weights(values.get(SHARED_LANGUAGE), values.get(SHARED_INTEREST),
				(int) Math.round(values.get(MAX_SHARED_INTERESTS)), values.get(CHILDREN_SAME_AGE),
				values.get(CHILDREN_CLOSE_AGE), values.get(BRIDGE), values.get(NEWCOMER),
				values.get(WAITING_PER_TEN_MINUTES), values.get(WAITING_CAP), values.get(STABILITY),
				values.get(TRIO_THRESHOLD), Duration.ofDays(7 * Math.round(values.get(REINTRODUCE_AFTER_WEEKS))),
				values.get(FEW_PARTNERS), (int) Math.round(values.get(FEW_PARTNERS_AT_MOST)),
				(int) Math.round(values.get(REST_AFTER)),
				Duration.ofMinutes(Math.round(values.get(WAITING_LONG_MINUTES))));
	}

}
