package org.onthaal.base;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The background jobs (closing time, retention, login-failure clean-up) run on their own
 * in production. Tests switch them off ({@code onthaal.scheduling.enabled=false}) so a
 * job never fires in the middle of another test; each job's own test calls its scheduled
 * method itself.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = SchedulingConfiguration.ENABLED, havingValue = "true", matchIfMissing = true)
@EnableScheduling
public class SchedulingConfiguration {

	public static final String ENABLED = "onthaal.scheduling.enabled";

}
