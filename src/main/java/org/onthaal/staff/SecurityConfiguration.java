package org.onthaal.staff;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.onthaal.staff.ui.LoginView;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Spring Security through Vaadin's configurer: views declare who may see them
 * (@AnonymousAllowed for the kiosk, login and set-up; @RolesAllowed elsewhere),
 * everything else needs a signed-in user. Services check again with @RolesAllowed (method
 * security), so a hidden menu item is never the only guard. Sign-in goes through one
 * throttled authentication manager.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
			SecondStep secondStep, StaffUserDetailsService users, RememberedHostBoards rememberedBoards,
			ObjectProvider<SecurityContextHolderStrategy> contextHolder, Environment environment) throws Exception {
		// our own stylesheets and scripts (the kiosk's speech player) are public;
		// Vaadin's configurer covers its own resources. Recorded
		// prompts
		// are for the (anonymous) kiosk too: their controller lets only a paired kiosk or
		// a manager of the place hear them
		http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/scripts/**", "/prompt-audio/**")
			.permitAll()
			// health and metrics: only on the management port, which listens on this
			// machine (or a private network) and is never forwarded by the proxy
			.requestMatchers(request -> onManagementPort(request, environment))
			.permitAll());
		// the sign-in form uses this manager, not one Spring would build around the
		// UserDetailsService without throttling
		http.authenticationManager(authenticationManager);
		// a host board that lost its session (its node died) signs in again by itself
		http.rememberMe(remember -> remember.rememberMeServices(rememberedBoards).key(RememberedHostBoards.TOKEN_KEY));
		// two-step sign-in: the code form's post, after the CSRF check
		// it reads and writes the holder this chain uses (Vaadin's), not whichever one
		// the
		// static SecurityContextHolder last got (several apps in one test JVM differ)
		http.addFilterBefore(
				new SecondStepFilter(secondStep, users, rememberedBoards,
						contextHolder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
				AuthorizationFilter.class);
		return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"))
			.build();
	}

	/**
	 * Staff sign-in: throttled per account and address, publishing success and failure
	 * events (the last sign-in time listens to them).
	 */
	@Bean
	AuthenticationManager authenticationManager(StaffUserDetailsService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, ApplicationEventPublisher events) {
		ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(users, throttle);
		provider.setPasswordEncoder(passwordEncoder);
		// the remembered host board's sign-in, made by RememberedHostBoards
		ProviderManager manager = new ProviderManager(provider,
				new RememberMeAuthenticationProvider(RememberedHostBoards.TOKEN_KEY));
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
		return manager;
	}

	/**
	 * bcrypt today, with the algorithm stored in each hash so it can be upgraded later.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Whether a request came in on the management port (Spring Boot sets
	 * {@code local.management.port} once that server listens; it may be random).
	 */
	static boolean onManagementPort(jakarta.servlet.http.HttpServletRequest request, Environment environment) {
		String port = environment.getProperty("local.management.port");
		return port != null && port.equals(Integer.toString(request.getLocalPort()));
	}

}
