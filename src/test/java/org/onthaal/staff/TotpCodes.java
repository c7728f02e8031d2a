package org.onthaal.staff;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

/** For tests outside this package: what an authenticator app reads and shows. */
public final class TotpCodes {

	private TotpCodes() {
	}

	public static String codeAt(byte[] secret, Instant at) {
		return Totp.code(secret, at);
	}

	/** The secret from the key the enrolment screen shows ("Key: ABCD EFGH ..."). */
	public static byte[] secretFromKeyText(String shown) {
		String text = shown.substring(shown.indexOf(':') + 1).replace(" ", "").strip();
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : text.toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				out.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}

}
