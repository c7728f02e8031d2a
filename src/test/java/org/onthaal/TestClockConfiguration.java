package org.onthaal;

import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Found by the app's component scan in every Spring test context (a plain
 * {@code @Configuration} on the test class path, not a {@code @TestConfiguration}), so
 * all tests share one context and the app reads time from a clock the tests can set.
 */
@Configuration(proxyBeanMethods = false)
class TestClockConfiguration {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(ZoneId.systemDefault());
	}

}
