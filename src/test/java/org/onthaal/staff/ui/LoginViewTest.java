package org.onthaal.staff.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.mvysny.fakeservlet.FakeRequest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onthaal.KaribuTest;
import org.onthaal.staff.LoginThrottledException;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends KaribuTest {

	@Test
	void aFrenchBrowserGetsTheSignInInFrench() {
		browserAsks("fr-BE,fr;q=0.9,en;q=0.5", Locale.forLanguageTag("fr"));
		UI.getCurrent().navigate("login");
		assertThat(texts()).contains("Connexion du personnel", "Nom d'utilisateur", "Se connecter")
			.doesNotContain("Aanmelden");
		assertThat(UI.getCurrent().getInternals().getTitle()).endsWith("Connexion du personnel");
	}

	@Test
	void theFirstStaffLanguageTheBrowserAsksForWins() {
		// Vaadin itself would pick Spanish, a kiosk language the back office is not
		// written in
		browserAsks("es,fr;q=0.8,nl;q=0.5", Locale.forLanguageTag("es"));
		UI.getCurrent().navigate("login");
		assertThat(texts()).contains("Connexion du personnel");
	}

	@ParameterizedTest
	@CsvSource({ "ar,ar", "ja,nl", "'',nl" })
	void aBrowserInAnotherLanguageGetsTheSignInInEnglish(String acceptLanguage, String vaadinsChoice) {
		// what Vaadin picks from the screen languages: the language itself, or the first
		browserAsks(acceptLanguage, Locale.forLanguageTag(vaadinsChoice));
		UI.getCurrent().navigate("login");
		assertThat(texts()).contains("Sign in for staff", "Username").doesNotContain("Aanmelden", "تسجيل");
	}

	@Test
	void aWrongPasswordShowsTheGenericError() {
		browserAsks("nl-BE,nl", Locale.forLanguageTag("nl"));
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
		browserAsks("nl-BE,nl", Locale.forLanguageTag("nl"));
		VaadinSession.getCurrent()
			.getSession()
			.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LoginThrottledException());
		UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
		LoginForm form = _get(LoginForm.class);
		assertThat(form.isError()).isTrue();
		assertThat(errorText(form))
			.contains("Controleer je gebruikersnaam en wachtwoord en probeer opnieuw. Te veel pogingen");
	}

	/**
	 * The browser's Accept-Language header, and the UI locale Vaadin chose from it among
	 * the screen languages when it made the UI.
	 */
	private static void browserAsks(String acceptLanguage, Locale vaadinsChoice) {
		FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
		if (!acceptLanguage.isEmpty()) {
			request.getHeaders().put("Accept-Language", List.of(acceptLanguage));
		}
		UI.getCurrent().setLocale(vaadinsChoice);
	}

	private static String texts() {
		return errorText(_get(LoginForm.class));
	}

	/** The texts the form was given, as the browser receives them. */
	private static String errorText(LoginForm form) {
		return String.valueOf(form.getElement().getPropertyRaw("i18n"));
	}

}
