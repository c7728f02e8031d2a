package org.onthaal.kiosk;

import org.onthaal.base.security.Sha256;

/** The hashing the kiosk package keeps to itself, for tests in other packages. */
public final class KioskSecretsForTests {

	private KioskSecretsForTests() {
	}

	public static String sha256(String value) {
		return Sha256.hex(value);
	}

}
