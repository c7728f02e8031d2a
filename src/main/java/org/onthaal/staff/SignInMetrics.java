package org.onthaal.staff;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * Failed staff sign-ins ({@code onthaal_signin_failures_total}): a sudden rise is someone
 * guessing passwords, which the throttle slows but an operator should see.
 */
@Component
class SignInMetrics {

	private final Counter failures;

	SignInMetrics(MeterRegistry registry) {
		failures = Counter.builder("onthaal.signin.failures").register(registry);
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		failures.increment();
	}

}
