package org.onthaal.staff;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Keeps TOTP secrets out of plain sight in the database: AES-GCM with the key in
 * ONTHAAL_TWO_FACTOR_KEY (base64 of 16 or 32 random bytes, e.g. {@code openssl rand
 * -base64 32}), so a copy of the database alone does not let anyone make codes. Without a
 * key the secret is stored as is, and the start-up log says so once; a key set later
 * applies to secrets enrolled from then on.
 */
@Component
class TotpSecretCipher {

	private static final Logger log = LoggerFactory.getLogger(TotpSecretCipher.class);

	private static final String ENCRYPTED = "v1:";

	private static final String PLAIN = "plain:";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final @Nullable SecretKeySpec key;

	TotpSecretCipher(@Value("${onthaal.two-factor.key:}") String base64Key) {
		if (StringUtils.hasText(base64Key)) {
			byte[] bytes = Base64.getDecoder().decode(base64Key.strip());
			if (bytes.length != 16 && bytes.length != 32) {
				throw new IllegalStateException("ONTHAAL_TWO_FACTOR_KEY must be 16 or 32 bytes in base64");
			}
			this.key = new SecretKeySpec(bytes, "AES");
		}
		else {
			this.key = null;
			log.warn("ONTHAAL_TWO_FACTOR_KEY is not set: two-step sign-in secrets are stored unencrypted");
		}
	}

	String seal(byte[] secret) {
		if (key == null) {
			return PLAIN + Base64.getEncoder().encodeToString(secret);
		}
		try {
			byte[] iv = new byte[IV_BYTES];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(secret);
			return ENCRYPTED + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt a two-step secret", ex);
		}
	}

	byte[] open(String stored) {
		if (stored.startsWith(PLAIN)) {
			return Base64.getDecoder().decode(stored.substring(PLAIN.length()));
		}
		if (!stored.startsWith(ENCRYPTED) || key == null) {
			throw new IllegalStateException("This two-step secret needs the ONTHAAL_TWO_FACTOR_KEY it was stored with");
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored.substring(ENCRYPTED.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
			return cipher.doFinal(Arrays.copyOfRange(all, IV_BYTES, all.length));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot decrypt a two-step secret (another key?)", ex);
		}
	}

}
