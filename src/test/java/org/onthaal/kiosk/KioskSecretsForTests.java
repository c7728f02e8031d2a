package org.onthaal.kiosk;

/** The hashing the kiosk package keeps to itself, for tests in other packages. */
public final class KioskSecretsForTests {

	private KioskSecretsForTests() {
	}

	public static String sha256(String value) {
		return KioskSecrets.sha256(value);
	}

}
