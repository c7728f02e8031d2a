package org.onthaal.staff;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.onthaal.staff.ui.LoginView;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security through Vaadin's configurer: views declare who may see them
 * (@AnonymousAllowed for the kiosk, login and set-up; @RolesAllowed elsewhere),
 * everything else needs a signed-in user. Services check again with @RolesAllowed (method
 * security), so a hidden menu item is never the only guard.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		// our own stylesheet and the health probe are public; Vaadin's configurer covers
		// its own resources
		http.authorizeHttpRequests(
				auth -> auth.requestMatchers("/styles/**", "/actuator/health", "/actuator/health/**").permitAll());
		return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"))
			.build();
	}

	/**
	 * bcrypt today, with the algorithm stored in each hash so it can be upgraded later.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
