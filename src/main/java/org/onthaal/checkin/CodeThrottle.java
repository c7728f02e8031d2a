package org.onthaal.checkin;

import java.time.Clock;

import org.onthaal.base.security.GuessThrottle;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing of card codes per kiosk: after five wrong codes the kiosk waits 30
 * seconds, and every further five wrong codes double the wait (up to an hour). A right
 * code resets the count. With 12 pictograms x 10,000 numbers that keeps a guesser to a
 * few dozen tries an hour.
 */
@Component
class CodeThrottle extends GuessThrottle {

	CodeThrottle(Clock clock) {
		super(clock);
	}

}
