package org.onthaal.prompts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import static org.onthaal.db.Tables.PROMPT_RECORDING;

/** Recorded prompts. Lists never load the sound; only serving it does. */
@Repository
class PromptRecordingRepository {

	/** Whose a recording is and what it sounds like. */
	record Stored(long locationId, PromptAudio audio) {
	}

	private final DSLContext dsl;

	PromptRecordingRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** A place's recordings, in one language or (null) all, by prompt and language. */
	List<PromptRecording> findAll(long locationId, @Nullable String language) {
		return dsl
			.select(PROMPT_RECORDING.ID, PROMPT_RECORDING.PROMPT_KEY, PROMPT_RECORDING.LANGUAGE,
					PROMPT_RECORDING.MEDIA_TYPE, PROMPT_RECORDING.DURATION_MS, PROMPT_RECORDING.SIZE_BYTES,
					PROMPT_RECORDING.RECORDED_BY, PROMPT_RECORDING.RECORDED_AT)
			.from(PROMPT_RECORDING)
			.where(PROMPT_RECORDING.LOCATION_ID.eq(locationId))
			.and(language == null ? DSL.noCondition() : PROMPT_RECORDING.LANGUAGE.eq(language))
			.orderBy(PROMPT_RECORDING.PROMPT_KEY, PROMPT_RECORDING.LANGUAGE)
			.fetch(r -> new PromptRecording(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
					r.value7(), r.value8().toInstant()));
	}

	Optional<Stored> audio(long id) {
		return dsl.select(PROMPT_RECORDING.LOCATION_ID, PROMPT_RECORDING.MEDIA_TYPE, PROMPT_RECORDING.AUDIO)
			.from(PROMPT_RECORDING)
			.where(PROMPT_RECORDING.ID.eq(id))
			.fetchOptional(r -> new Stored(r.value1(), new PromptAudio(r.value2(), r.value3())));
	}

	/** What saving did: the recording's id, and whether it replaced an earlier one. */
	record Saved(long id, boolean replaced) {
	}

	/**
	 * Stores the recording, replacing the one before for the same prompt and language.
	 */
	Saved save(long locationId, String key, String language, String mediaType, byte[] audio, long durationMillis,
			String recordedBy, OffsetDateTime now) {
		boolean replaced = dsl.fetchExists(PROMPT_RECORDING,
				PROMPT_RECORDING.LOCATION_ID.eq(locationId)
					.and(PROMPT_RECORDING.PROMPT_KEY.eq(key))
					.and(PROMPT_RECORDING.LANGUAGE.eq(language)));
		long id = dsl.insertInto(PROMPT_RECORDING)
			.set(PROMPT_RECORDING.LOCATION_ID, locationId)
			.set(PROMPT_RECORDING.PROMPT_KEY, key)
			.set(PROMPT_RECORDING.LANGUAGE, language)
			.set(PROMPT_RECORDING.MEDIA_TYPE, mediaType)
			.set(PROMPT_RECORDING.AUDIO, audio)
			.set(PROMPT_RECORDING.DURATION_MS, Math.toIntExact(durationMillis))
			.set(PROMPT_RECORDING.SIZE_BYTES, audio.length)
			.set(PROMPT_RECORDING.RECORDED_BY, recordedBy)
			.set(PROMPT_RECORDING.RECORDED_AT, now)
			.onConflict(PROMPT_RECORDING.LOCATION_ID, PROMPT_RECORDING.PROMPT_KEY, PROMPT_RECORDING.LANGUAGE)
			.doUpdate()
			.set(PROMPT_RECORDING.MEDIA_TYPE, mediaType)
			.set(PROMPT_RECORDING.AUDIO, audio)
			.set(PROMPT_RECORDING.DURATION_MS, Math.toIntExact(durationMillis))
			.set(PROMPT_RECORDING.SIZE_BYTES, audio.length)
			.set(PROMPT_RECORDING.RECORDED_BY, recordedBy)
			.set(PROMPT_RECORDING.RECORDED_AT, now)
			.returning(PROMPT_RECORDING.ID)
			.fetchSingle(PROMPT_RECORDING.ID);
		return new Saved(id, replaced);
	}

	/** The id of the removed recording, if there was one. */
	Optional<Long> delete(long locationId, String key, String language) {
		return dsl.deleteFrom(PROMPT_RECORDING)
			.where(PROMPT_RECORDING.LOCATION_ID.eq(locationId))
			.and(PROMPT_RECORDING.PROMPT_KEY.eq(key))
			.and(PROMPT_RECORDING.LANGUAGE.eq(language))
			.returning(PROMPT_RECORDING.ID)
			.fetchOptional(PROMPT_RECORDING.ID);
	}

}
