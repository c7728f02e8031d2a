package org.onthaal.base.ui;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.onthaal.base.security.VaadinRequestKind;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long the server takes over a tap ({@code onthaal_ui_request_seconds}, a histogram):
 * each of Vaadin's UIDL requests (a click, a typed value, a navigation) from the moment
 * it arrives until its answer is written, security filters, waiting for the session and
 * the screen's own work included. Spring's own HTTP timer puts every Vaadin request under
 * one path, heartbeats and files alike; this one is the tap round trip without the
 * network and the browser.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UiRequestTimer extends OncePerRequestFilter {

	private final Timer taps;

	UiRequestTimer(MeterRegistry registry) {
		taps = Timer.builder("onthaal.ui.request")
			.description("Vaadin UIDL requests (taps, typed values, navigation), arrival to answer")
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(1))
			.maximumExpectedValue(Duration.ofSeconds(10))
			.register(registry);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isUidl(request)) {
			chain.doFilter(request, response);
			return;
		}
		long start = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			taps.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		}
	}

	/**
	 * Vaadin's client posts its RPCs to {@code ?v-r=uidl}; push and heartbeats differ.
	 */
	static boolean isUidl(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && "uidl".equals(VaadinRequestKind.of(request));
	}

}
