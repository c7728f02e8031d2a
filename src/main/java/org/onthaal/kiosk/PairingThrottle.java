package org.onthaal.kiosk;

import java.time.Clock;

import org.onthaal.base.security.GuessThrottle;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing of pairing codes per network address, like the kiosk's card-code
 * throttle: five wrong codes, then 30 seconds of waiting, doubling with every further
 * five (up to an hour). A right code resets the count. With about 10^12 possible codes
 * that live 15 minutes, a guesser gets nowhere.
 */
@Component
class PairingThrottle extends GuessThrottle {

	PairingThrottle(Clock clock) {
		super(clock);
	}

}
