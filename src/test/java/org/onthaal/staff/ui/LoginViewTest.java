package org.onthaal.staff.ui;

import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.staff.LoginThrottledException;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends KaribuTest {

	@Test
	void aWrongPasswordShowsTheGenericError() {
		VaadinSession.getCurrent()
			.getSession()
			.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("Bad credentials"));
		UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
		LoginForm form = _get(LoginForm.class);
		assertThat(form.isError()).isTrue();
		assertThat(errorText(form)).contains("Controleer je gebruikersnaam en wachtwoord en probeer opnieuw.")
			.doesNotContain("Te veel pogingen");
	}

	@Test
	void aThrottledSignInAlsoSaysToTryAgainLater() {
		VaadinSession.getCurrent()
			.getSession()
			.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LoginThrottledException());
		UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
		LoginForm form = _get(LoginForm.class);
		assertThat(form.isError()).isTrue();
		assertThat(errorText(form))
			.contains("Controleer je gebruikersnaam en wachtwoord en probeer opnieuw. Te veel pogingen");
	}

	/** The texts the form was given, as the browser receives them. */
	private static String errorText(LoginForm form) {
		return String.valueOf(form.getElement().getPropertyRaw("i18n"));
	}

}
