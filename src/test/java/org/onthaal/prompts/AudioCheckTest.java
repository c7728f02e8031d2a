package org.onthaal.prompts;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audio check reads what a file is from its bytes: the name and the type a browser
 * declares say nothing. Files are made byte by byte (TestAudio).
 */
class AudioCheckTest {

	@Test
	void aWavFileIsKnownByItsHeaderAndTimedByItsDataChunk() {
		AudioCheck.Result result = AudioCheck.check(TestAudio.wav(16_000, 1, 2_500));

		assertThat(result).isEqualTo(new AudioCheck.Accepted("audio/wav", 2_500));
	}

	@Test
	void aStereoWavAt44kIsTimedRight() {
		assertThat(AudioCheck.check(TestAudio.wav(44_100, 2, 1_000)))
			.isEqualTo(new AudioCheck.Accepted("audio/wav", 1_000));
	}

	@Test
	void aWavWithAnExtraChunkBeforeTheDataIsRead() {
		byte[] plain = TestAudio.wav(8_000, 1, 500);
		// a LIST chunk of 5 bytes (padded to 6) between fmt and data
		byte[] list = { 'L', 'I', 'S', 'T', 5, 0, 0, 0, 1, 2, 3, 4, 5, 0 };
		byte[] withList = new byte[plain.length + list.length];
		System.arraycopy(plain, 0, withList, 0, 36);
		System.arraycopy(list, 0, withList, 36, list.length);
		System.arraycopy(plain, 36, withList, 36 + list.length, plain.length - 36);

		assertThat(AudioCheck.check(withList)).isEqualTo(new AudioCheck.Accepted("audio/wav", 500));
	}

	@Test
	void anOggOpusFileIsTimedByItsLastGranuleAfterThePreSkip() {
		assertThat(AudioCheck.check(TestAudio.oggOpus(4_200))).isEqualTo(new AudioCheck.Accepted("audio/ogg", 4_200));
	}

	@Test
	void anOggVorbisFileIsTimedAtItsOwnSampleRate() {
		assertThat(AudioCheck.check(TestAudio.oggVorbis(22_050, 3_000)))
			.isEqualTo(new AudioCheck.Accepted("audio/ogg", 3_000));
	}

	@Test
	void anMp3IsTimedByItsFramesWithOrWithoutAnId3Tag() {
		AudioCheck.Result plain = AudioCheck.check(TestAudio.mp3(2_000, false));
		AudioCheck.Result tagged = AudioCheck.check(TestAudio.mp3(2_000, true));

		assertThat(plain).isInstanceOf(AudioCheck.Accepted.class);
		AudioCheck.Accepted accepted = (AudioCheck.Accepted) plain;
		assertThat(accepted.mediaType()).isEqualTo("audio/mpeg");
		// 77 frames of 1152 samples at 44.1 kHz
		assertThat(accepted.durationMillis()).isEqualTo(77 * 1152 * 1000L / 44_100);
		assertThat(tagged).isEqualTo(plain);
	}

	@Test
	void anMp3WithGarbageAfterItsFirstFramesIsTimedByItsBitrate() {
		byte[] mp3 = TestAudio.mp3(500, false);
		byte[] padded = Arrays.copyOf(mp3, mp3.length + 160_000);

		AudioCheck.Result result = AudioCheck.check(padded);

		// 128 kbit/s: 16,000 bytes a second
		assertThat(result).isEqualTo(new AudioCheck.Accepted("audio/mpeg", padded.length * 1000L / 16_000));
	}

	@Test
	void nothingAtAllIsEmpty() {
		assertThat(AudioCheck.check(new byte[0])).isEqualTo(new AudioCheck.Refused(AudioCheck.Refusal.EMPTY));
	}

	@Test
	void aWavWithoutSoundIsEmpty() {
		assertThat(AudioCheck.check(TestAudio.wav(16_000, 1, 0)))
			.isEqualTo(new AudioCheck.Refused(AudioCheck.Refusal.EMPTY));
	}

	@Test
	void moreThanOneMegabyteIsTooBigWhateverItIs() {
		byte[] big = TestAudio.wav(44_100, 2, 6_000);
		assertThat(big.length).isGreaterThan(AudioCheck.MAX_BYTES);

		assertThat(AudioCheck.check(big)).isEqualTo(new AudioCheck.Refused(AudioCheck.Refusal.TOO_BIG));
	}

	@Test
	void longerThanThirtySecondsIsTooLong() {
		assertThat(AudioCheck.check(TestAudio.wav(8_000, 1, 30_001)))
			.isEqualTo(new AudioCheck.Refused(AudioCheck.Refusal.TOO_LONG));
		assertThat(AudioCheck.check(TestAudio.oggOpus(31_000)))
			.isEqualTo(new AudioCheck.Refused(AudioCheck.Refusal.TOO_LONG));
		assertThat(AudioCheck.check(TestAudio.wav(8_000, 1, 30_000))).isInstanceOf(AudioCheck.Accepted.class);
	}

	@Test
	void otherFilesAreRefusedByTheirContent() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		byte[] text = TestAudio.ascii("RIFF but not really a wave file, just words");
		byte[] webm = { 0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, 1, 2, 3, 4, 5, 6, 7, 8 };

		for (byte[] other : new byte[][] { png, text, webm, new byte[500] }) {
			assertThat(AudioCheck.check(other)).isEqualTo(new AudioCheck.Refused(AudioCheck.Refusal.NOT_AUDIO));
		}
	}

	@Test
	void aCutOffHeaderIsNotTakenForAudio() {
		byte[] wav = Arrays.copyOf(TestAudio.wav(16_000, 1, 1_000), 30);
		byte[] ogg = Arrays.copyOf(TestAudio.oggOpus(1_000), 40);
		byte[] mp3 = Arrays.copyOf(TestAudio.mp3(1_000, false), 3);

		for (byte[] cut : new byte[][] { wav, ogg, mp3 }) {
			assertThat(AudioCheck.check(cut)).isEqualTo(new AudioCheck.Refused(AudioCheck.Refusal.NOT_AUDIO));
		}
	}

	@Test
	void anOggStreamOfAnotherCodecIsNotAccepted() {
		byte[] theora = TestAudio.oggPage(2, 0, 0, TestAudio.ascii("\u0080theora and some more bytes"));

		assertThat(AudioCheck.check(theora)).isEqualTo(new AudioCheck.Refused(AudioCheck.Refusal.NOT_AUDIO));
	}

}
