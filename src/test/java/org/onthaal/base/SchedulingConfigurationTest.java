package org.onthaal.base;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production schedules its jobs unless told not to; tests tell it not to (their
 * config/application.properties), so no job fires in the middle of another test.
 */
class SchedulingConfigurationTest {

	private final ApplicationContextRunner app = new ApplicationContextRunner()
		.withUserConfiguration(SchedulingConfiguration.class)
		.withBean(EveryMinute.class);

	@Test
	void withTheDefaultPropertiesScheduledMethodsAreScheduled() {
		app.run(context -> {
			assertThat(context).hasSingleBean(ScheduledTaskHolder.class);
			assertThat(context.getBean(ScheduledTaskHolder.class).getScheduledTasks()).hasSize(1);
		});
	}

	@Test
	void switchedOffNothingIsScheduled() {
		app.withPropertyValues(SchedulingConfiguration.ENABLED + "=false")
			.run(context -> assertThat(context).doesNotHaveBean(ScheduledTaskHolder.class));
	}

	static class EveryMinute {

		@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1H")
		void run() {
		}

	}

}
