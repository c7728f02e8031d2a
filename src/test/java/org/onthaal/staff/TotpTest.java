package org.onthaal.staff;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TotpTest {

	/** The SHA-1 key of RFC 6238, appendix B. */
	private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	void codesMatchTheRfc6238TestVectors() {
		assertThat(Totp.code(RFC_KEY, Instant.ofEpochSecond(59), 8, "HmacSHA1")).isEqualTo("94287082");
		assertThat(Totp.code(RFC_KEY, Instant.ofEpochSecond(1111111109), 8, "HmacSHA1")).isEqualTo("07081804");
		assertThat(Totp.code(RFC_KEY, Instant.ofEpochSecond(1111111111), 8, "HmacSHA1")).isEqualTo("14050471");
		assertThat(Totp.code(RFC_KEY, Instant.ofEpochSecond(1234567890), 8, "HmacSHA1")).isEqualTo("89005924");
		assertThat(Totp.code(RFC_KEY, Instant.ofEpochSecond(2000000000), 8, "HmacSHA1")).isEqualTo("69279037");
		assertThat(Totp.code(RFC_KEY, Instant.ofEpochSecond(20000000000L), 8, "HmacSHA1")).isEqualTo("65353130");
		// what the apps show: the last six digits
		assertThat(Totp.code(RFC_KEY, Instant.ofEpochSecond(59))).isEqualTo("287082");
	}

	@Test
	void aCodeIsGoodOneStepEitherSideOfNowAndNoFurther() {
		Instant now = Instant.ofEpochSecond(1_800_000_015);
		long step = Totp.stepOf(now);
		byte[] secret = Totp.newSecret();

		assertThat(Totp.matchingStep(secret, Totp.code(secret, now), now, -1)).hasValue(step);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, now.minusSeconds(30)), now, -1)).hasValue(step - 1);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, now.plusSeconds(30)), now, -1)).hasValue(step + 1);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, now.minusSeconds(60)), now, -1)).isEmpty();
		assertThat(Totp.matchingStep(secret, Totp.code(secret, now.plusSeconds(60)), now, -1)).isEmpty();
		// typed with a space in the middle, as apps show it
		String code = Totp.code(secret, now);
		assertThat(Totp.matchingStep(secret, code.substring(0, 3) + " " + code.substring(3), now, -1)).hasValue(step);
		assertThat(Totp.matchingStep(secret, "12345", now, -1)).isEmpty();
		assertThat(Totp.matchingStep(secret, "abcdef", now, -1)).isEmpty();
	}

	@Test
	void aCodeIsGoodOnce() {
		Instant now = Instant.ofEpochSecond(1_800_000_015);
		byte[] secret = Totp.newSecret();
		String code = Totp.code(secret, now);
		long step = Totp.stepOf(now);
		assertThat(Totp.matchingStep(secret, code, now, step)).isEmpty();
		assertThat(Totp.matchingStep(secret, Totp.code(secret, now.plusSeconds(30)), now, step)).hasValue(step + 1);
	}

	@Test
	void secretsAreWrittenInBase32AsAppsReadThem() {
		// RFC 4648 test vectors, without padding
		assertThat(Totp.base32("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
		assertThat(Totp.base32("fooba".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTB");
		assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Totp.otpauthUri("Onthaal", "an peeters", RFC_KEY))
			.isEqualTo("otpauth://totp/Onthaal:an%20peeters?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
					+ "&issuer=Onthaal&algorithm=SHA1&digits=6&period=30");
	}

	@Test
	void withAKeyTheStoredSecretIsEncryptedAndOnlyThatKeyOpensIt() {
		byte[] secret = Totp.newSecret();
		TotpSecretCipher cipher = new TotpSecretCipher(Base64.getEncoder().encodeToString(new byte[32]));
		String sealed = cipher.seal(secret);
		assertThat(sealed).startsWith("v1:")
			.doesNotContain(Totp.base32(secret))
			.doesNotContain(Base64.getEncoder().encodeToString(secret));
		assertThat(cipher.open(sealed)).isEqualTo(secret);

		byte[] otherKey = new byte[32];
		otherKey[0] = 1;
		TotpSecretCipher other = new TotpSecretCipher(Base64.getEncoder().encodeToString(otherKey));
		assertThatThrownBy(() -> other.open(sealed)).isInstanceOf(IllegalStateException.class);
	}

}
