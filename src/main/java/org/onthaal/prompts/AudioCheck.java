package org.onthaal.prompts;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Decides from a file's bytes alone whether it is a recording the kiosk can play: WAV,
 * Ogg (Opus or Vorbis) or MP3, at most 1 MB and 30 seconds, and not empty. A file's name
 * and the type the browser declares are ignored: both are whatever the sender says. The
 * length is read from the format's own bookkeeping (WAV data chunk, Ogg granule position,
 * MP3 frames), never by decoding the sound.
 */
public final class AudioCheck {

	public static final int MAX_BYTES = 1024 * 1024;

	public static final long MAX_MILLIS = 30_000;

	/** What the check says about a file. */
	public sealed interface Result permits Accepted, Refused {

	}

	/** A playable recording: its media type for the browser and its length. */
	public record Accepted(String mediaType, long durationMillis) implements Result {
	}

	public record Refused(Refusal reason) implements Result {
	}

	/** Why a file is not stored; each has a message for the manager. */
	public enum Refusal {

		EMPTY, TOO_BIG, NOT_AUDIO, TOO_LONG

	}

	private AudioCheck() {
	}

	public static Result check(byte[] bytes) {
		if (bytes.length == 0) {
			return new Refused(Refusal.EMPTY);
		}
		if (bytes.length > MAX_BYTES) {
			return new Refused(Refusal.TOO_BIG);
		}
		Optional<Accepted> read = Optional.empty();
		try {
			if (startsWith(bytes, 0, "RIFF") && startsWith(bytes, 8, "WAVE")) {
				read = wav(bytes);
			}
			else if (startsWith(bytes, 0, "OggS")) {
				read = ogg(bytes);
			}
			else {
				read = mp3(bytes);
			}
		}
		catch (IndexOutOfBoundsException | java.nio.BufferUnderflowException ex) {
			// a header cut off in the middle: not a file we can play
			read = Optional.empty();
		}
		if (read.isEmpty()) {
			return new Refused(Refusal.NOT_AUDIO);
		}
		long millis = read.get().durationMillis();
		if (millis <= 0) {
			return new Refused(Refusal.EMPTY);
		}
		if (millis > MAX_MILLIS) {
			return new Refused(Refusal.TOO_LONG);
		}
		return read.get();
	}

	// ---- WAV: RIFF chunks; the length is the data chunk's size over the byte rate ----

	private static Optional<Accepted> wav(byte[] bytes) {
		ByteBuffer in = little(bytes);
		int position = 12;
		long byteRate = 0;
		while (position + 8 <= bytes.length) {
			String id = new String(bytes, position, 4, StandardCharsets.ISO_8859_1);
			long size = Integer.toUnsignedLong(in.getInt(position + 4));
			int body = position + 8;
			if (id.equals("fmt ")) {
				byteRate = Integer.toUnsignedLong(in.getInt(body + 8));
			}
			else if (id.equals("data")) {
				if (byteRate == 0) {
					return Optional.empty();
				}
				// a recorder that was cut off may leave the size open (0xFFFFFFFF): count
				// what
				// is there
				long data = Math.min(size, bytes.length - body);
				return Optional.of(new Accepted("audio/wav", data * 1000 / byteRate));
			}
			// chunks are padded to an even length
			position = Math.toIntExact(body + size + (size & 1));
		}
		return Optional.empty();
	}

	// ---- Ogg: the first packet names the codec; the last page's granule is the length
	// ----

	private static Optional<Accepted> ogg(byte[] bytes) {
		ByteBuffer in = little(bytes);
		int segmentCount = bytes[26] & 0xff;
		int first = 27 + segmentCount;
		long sampleRate;
		long preSkip = 0;
		if (startsWith(bytes, first, "OpusHead")) {
			// Opus always counts granules at 48 kHz, whatever rate went in
			sampleRate = 48_000;
			preSkip = Short.toUnsignedInt(in.getShort(first + 10));
		}
		else if (bytes[first] == 1 && startsWith(bytes, first + 1, "vorbis")) {
			sampleRate = Integer.toUnsignedLong(in.getInt(first + 12));
		}
		else {
			return Optional.empty();
		}
		if (sampleRate == 0) {
			return Optional.empty();
		}
		long granule = -1;
		int position = 0;
		while (position < bytes.length) {
			if (!startsWith(bytes, position, "OggS")) {
				return Optional.empty();
			}
			long pageGranule = in.getLong(position + 6);
			int segments = bytes[position + 26] & 0xff;
			int length = 0;
			for (int i = 0; i < segments; i++) {
				length += bytes[position + 27 + i] & 0xff;
			}
			// -1: no packet ends on this page
			if (pageGranule != -1) {
				granule = pageGranule;
			}
			position += 27 + segments + length;
		}
		if (position != bytes.length) {
			return Optional.empty();
		}
		long samples = Math.max(0, granule - preSkip);
		return Optional.of(new Accepted("audio/ogg", samples * 1000 / sampleRate));
	}

	// ---- MP3: an optional ID3v2 tag, then MPEG audio frames ----

	private static final int[][] BITRATES = {
			// MPEG-1 layer I, II, III
			{ 0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448 },
			{ 0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384 },
			{ 0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320 },
			// MPEG-2 and 2.5 layer I, then II and III
			{ 0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256 },
			{ 0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160 } };

	private static final int[][] SAMPLE_RATES = { { 11_025, 12_000, 8_000 }, {}, { 22_050, 24_000, 16_000 },
			{ 44_100, 48_000, 32_000 } };

	/** One MPEG audio frame header. */
	private record Frame(int length, int samples, int sampleRate, int bitrate) {
	}

	private static Optional<Accepted> mp3(byte[] bytes) {
		int start = 0;
		if (startsWith(bytes, 0, "ID3")) {
			int size = ((bytes[6] & 0x7f) << 21) | ((bytes[7] & 0x7f) << 14) | ((bytes[8] & 0x7f) << 7)
					| (bytes[9] & 0x7f);
			boolean footer = (bytes[5] & 0x10) != 0;
			start = 10 + size + (footer ? 10 : 0);
		}
		Optional<Frame> firstFrame = frame(bytes, start);
		if (firstFrame.isEmpty()) {
			return Optional.empty();
		}
		Frame first = firstFrame.get();
		long micros = 0;
		int position = start;
		Optional<Frame> next = firstFrame;
		while (next.isPresent() && position + next.get().length() <= bytes.length) {
			Frame frame = next.get();
			micros += frame.samples() * 1_000_000L / frame.sampleRate();
			position += frame.length();
			next = frame(bytes, position);
		}
		int audioBytes = bytes.length - start;
		if (position - start >= audioBytes * 9L / 10) {
			return Optional.of(new Accepted("audio/mpeg", micros / 1000));
		}
		// the frames could not be followed to the end: estimate from the first frame's
		// bitrate, as players do for a constant-bitrate file
		return Optional.of(new Accepted("audio/mpeg", audioBytes * 8000L / first.bitrate()));
	}

	private static Optional<Frame> frame(byte[] bytes, int at) {
		if (at < 0 || at + 4 > bytes.length) {
			return Optional.empty();
		}
		int b1 = bytes[at + 1] & 0xff;
		int b2 = bytes[at + 2] & 0xff;
		if ((bytes[at] & 0xff) != 0xff || (b1 & 0xe0) != 0xe0) {
			return Optional.empty();
		}
		int version = (b1 >> 3) & 3;
		int layer = (b1 >> 1) & 3;
		int bitrateIndex = b2 >> 4;
		int rateIndex = (b2 >> 2) & 3;
		if (version == 1 || layer == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
			return Optional.empty();
		}
		boolean mpeg1 = version == 3;
		// layer bits: 3 = I, 2 = II, 1 = III
		int layerNumber = 4 - layer;
		int table = mpeg1 ? layerNumber - 1 : (layerNumber == 1 ? 3 : 4);
		int bitrate = BITRATES[table][bitrateIndex] * 1000;
		int sampleRate = SAMPLE_RATES[version][rateIndex];
		int padding = (b2 >> 1) & 1;
		int length;
		int samples;
		if (layerNumber == 1) {
			length = (12 * bitrate / sampleRate + padding) * 4;
			samples = 384;
		}
		else if (layerNumber == 3 && !mpeg1) {
			length = 72 * bitrate / sampleRate + padding;
			samples = 576;
		}
		else {
			length = 144 * bitrate / sampleRate + padding;
			samples = 1152;
		}
		return Optional.of(new Frame(length, samples, sampleRate, bitrate));
	}

	// ---- bytes ----

	private static boolean startsWith(byte[] bytes, int offset, String ascii) {
		byte[] expected = ascii.getBytes(StandardCharsets.ISO_8859_1);
		return offset >= 0 && offset + expected.length <= bytes.length
				&& Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length);
	}

	private static ByteBuffer little(byte[] bytes) {
		return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
	}

}
