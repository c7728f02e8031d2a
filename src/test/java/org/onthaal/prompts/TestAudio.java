package org.onthaal.prompts;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Audio files made byte by byte for tests: just enough of each format that a reader of
 * the format finds its headers, with silence as content.
 */
public final class TestAudio {

	private TestAudio() {
	}

	/** A PCM WAV file: 16-bit samples, {@code millis} long. */
	public static byte[] wav(int sampleRate, int channels, long millis) {
		int blockAlign = channels * 2;
		int dataSize = (int) (sampleRate * millis / 1000) * blockAlign;
		ByteBuffer buffer = ByteBuffer.allocate(44 + dataSize).order(ByteOrder.LITTLE_ENDIAN);
		buffer.put(ascii("RIFF")).putInt(36 + dataSize).put(ascii("WAVE"));
		buffer.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) channels).putInt(sampleRate);
		buffer.putInt(sampleRate * blockAlign).putShort((short) blockAlign).putShort((short) 16);
		buffer.put(ascii("data")).putInt(dataSize);
		return buffer.array();
	}

	/**
	 * An Ogg Opus stream: the id header page, a tags page, then audio pages whose last
	 * granule position says {@code millis} (Opus counts at 48 kHz, after the pre-skip).
	 */
	public static byte[] oggOpus(long millis) {
		int preSkip = 312;
		ByteBuffer head = ByteBuffer.allocate(19).order(ByteOrder.LITTLE_ENDIAN);
		head.put(ascii("OpusHead")).put((byte) 1).put((byte) 1).putShort((short) preSkip).putInt(48_000);
		head.putShort((short) 0).put((byte) 0);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(oggPage(2, 0, 0, head.array()));
		out.writeBytes(oggPage(0, 0, 1, ascii("OpusTags\0\0\0\0\0\0\0\0")));
		long end = preSkip + millis * 48;
		out.writeBytes(oggPage(0, end / 2, 2, new byte[200]));
		out.writeBytes(oggPage(4, end, 3, new byte[200]));
		return out.toByteArray();
	}

	/**
	 * An Ogg Vorbis stream at the sample rate, {@code millis} long by its last granule.
	 */
	public static byte[] oggVorbis(int sampleRate, long millis) {
		ByteBuffer id = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
		id.put((byte) 1).put(ascii("vorbis")).putInt(0).put((byte) 2).putInt(sampleRate);
		id.putInt(0).putInt(128_000).putInt(0).put((byte) 0xb8).put((byte) 1);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(oggPage(2, 0, 0, id.array()));
		long end = sampleRate * millis / 1000;
		out.writeBytes(oggPage(0, end / 3, 1, new byte[300]));
		out.writeBytes(oggPage(4, end, 2, new byte[300]));
		return out.toByteArray();
	}

	/** One Ogg page holding one packet of at most 255 * 255 bytes. */
	static byte[] oggPage(int headerType, long granule, int sequence, byte[] packet) {
		int segments = packet.length / 255 + 1;
		ByteBuffer page = ByteBuffer.allocate(27 + segments + packet.length).order(ByteOrder.LITTLE_ENDIAN);
		page.put(ascii("OggS")).put((byte) 0).put((byte) headerType).putLong(granule).putInt(0x4f6e7468);
		page.putInt(sequence).putInt(0).put((byte) segments);
		for (int i = 0; i < segments - 1; i++) {
			page.put((byte) 255);
		}
		page.put((byte) (packet.length % 255));
		page.put(packet);
		return page.array();
	}

	/**
	 * An MP3 (MPEG-1 Layer III, 128 kbit/s, 44.1 kHz) of silent frames, about
	 * {@code millis} long (1152 samples a frame), behind an ID3v2 tag when asked.
	 */
	public static byte[] mp3(long millis, boolean withId3) {
		int frames = (int) Math.ceil(millis / 1000.0 * 44_100 / 1152);
		int frameLength = 144 * 128_000 / 44_100;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (withId3) {
			byte[] tag = new byte[10 + 20];
			System.arraycopy(ascii("ID3"), 0, tag, 0, 3);
			tag[3] = 4;
			tag[9] = 20;
			out.writeBytes(tag);
		}
		for (int i = 0; i < frames; i++) {
			byte[] frame = new byte[frameLength];
			frame[0] = (byte) 0xFF;
			frame[1] = (byte) 0xFB;
			frame[2] = (byte) 0x90;
			frame[3] = (byte) 0x64;
			out.writeBytes(frame);
		}
		return out.toByteArray();
	}

	public static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
