package org.onthaal.prompts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.audit.AuditLog;
import org.onthaal.base.i18n.Translations;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.base.security.StaffRoles;
import org.onthaal.kiosk.KioskPairing;
import org.onthaal.space.LocationService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recorded prompts: managers list, save (new or replacing) and delete them for their own
 * places only; every change is audited. The sound goes to a paired kiosk of the place or
 * to one of its managers, and to nobody else.
 */
@Service
public class PromptRecordingService {

	static final String ENTITY = "prompt_recording";

	private final PromptRecordingRepository recordings;

	private final LocationService locations;

	private final KioskPairing pairing;

	private final AuditLog audit;

	private final Clock clock;

	PromptRecordingService(PromptRecordingRepository recordings, LocationService locations, KioskPairing pairing,
			AuditLog audit, Clock clock) {
		this.recordings = recordings;
		this.locations = locations;
		this.pairing = pairing;
		this.audit = audit;
		this.clock = clock;
	}

	@RolesAllowed(StaffRoles.MANAGER)
	@Transactional(readOnly = true)
	public List<PromptRecording> recordings(long locationId, String language) {
		locations.requireAccess(locationId);
		return recordings.findAll(locationId, language);
	}

	/**
	 * Checks the file by its content and stores it for the prompt, replacing an earlier
	 * recording; a refused file changes nothing.
	 */
	@RolesAllowed(StaffRoles.MANAGER)
	@Transactional
	public AudioCheck.Result save(long locationId, String key, String language, byte[] audio) {
		locations.requireAccess(locationId);
		requirePrompt(key, language);
		AudioCheck.Result result = AudioCheck.check(audio);
		if (result instanceof AudioCheck.Accepted accepted) {
			String manager = CurrentUser.username();
			PromptRecordingRepository.Saved saved = recordings.save(locationId, key, language, accepted.mediaType(),
					audio, accepted.durationMillis(), manager, OffsetDateTime.now(clock));
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("prompt", key);
			details.put("language", language);
			details.put("type", accepted.mediaType());
			details.put("seconds", accepted.durationMillis() / 1000.0);
			details.put("bytes", audio.length);
			details.put("replaced", saved.replaced());
			audit.record(manager, "PROMPT_RECORDING_SAVED", ENTITY, saved.id(), locationId, details);
		}
		return result;
	}

	@RolesAllowed(StaffRoles.MANAGER)
	@Transactional
	public void delete(long locationId, String key, String language) {
		locations.requireAccess(locationId);
		requirePrompt(key, language);
		recordings.delete(locationId, key, language)
			.ifPresent(id -> audit.record(CurrentUser.username(), "PROMPT_RECORDING_DELETED", ENTITY, id, locationId,
					Map.of("prompt", key, "language", language)));
	}

	/**
	 * The place's recordings as the kiosk looks them up: language, then prompt key, then
	 * the address of the sound. The kiosk that asks serves this place already; the sound
	 * itself is sent only to that kiosk's cookie.
	 */
	@Transactional(readOnly = true)
	public Map<String, Map<String, String>> addressesForKiosk(long locationId) {
		Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
		for (PromptRecording recording : recordings.findAll(locationId, null)) {
			byLanguage.computeIfAbsent(recording.language(), language -> new LinkedHashMap<>())
				.put(recording.promptKey(), recording.url());
		}
		return byLanguage;
	}

	/**
	 * The sound, for a paired kiosk of the recording's place (by its device token) or a
	 * signed-in manager who works there; empty for anyone else, and for a recording that
	 * does not exist, so the two cannot be told apart.
	 */
	@Transactional(readOnly = true)
	public Optional<PromptAudio> audio(long id, @Nullable String kioskToken) {
		Optional<PromptRecordingRepository.Stored> stored = recordings.audio(id);
		if (stored.isEmpty()) {
			return Optional.empty();
		}
		long place = stored.get().locationId();
		boolean kioskOfPlace = pairing.recognise(kioskToken).filter(kiosk -> kiosk.locationId() == place).isPresent();
		return kioskOfPlace || managerOf(place) ? Optional.of(stored.get().audio()) : Optional.empty();
	}

	private boolean managerOf(long locationId) {
		if (!CurrentUser.hasRole(StaffRoles.MANAGER)) {
			return false;
		}
		return locations.locationsFor(CurrentUser.username())
			.stream()
			.anyMatch(location -> location.id() == locationId);
	}

	private static void requirePrompt(String key, String language) {
		boolean knownLanguage = Translations.SCREEN_LANGUAGES.stream()
			.map(Locale::toLanguageTag)
			.anyMatch(language::equals);
		if (!KioskPrompts.isPrompt(key) || !knownLanguage) {
			throw new IllegalArgumentException("No kiosk prompt " + key + " in " + language);
		}
	}

}
