package org.onthaal.staff.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.i18n.Translations;
import org.onthaal.staff.LoginThrottledException;

import org.springframework.security.web.WebAttributes;

/** Sign-in for hosts and managers. Families never need an account. */
@Route("login")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final LoginForm login = new LoginForm();

	public LoginView() {
		addClassName("login-view");
		login.setId("login-form");
		login.setAction("login");
		login.setForgotPasswordButtonVisible(false);
		login.setI18n(texts(false));
		add(login);
	}

	private LoginI18n texts(boolean throttled) {
		LoginI18n i18n = LoginI18n.createDefault();
		i18n.getForm().setTitle(getTranslation("login.title"));
		i18n.getForm().setUsername(getTranslation("login.username"));
		i18n.getForm().setPassword(getTranslation("login.password"));
		i18n.getForm().setSubmit(getTranslation("login.submit"));
		i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
		// throttled: the same words as a wrong password, plus why the right one would not
		// work either
		i18n.getErrorMessage()
			.setMessage(getTranslation("login.error.message")
					+ (throttled ? " " + getTranslation("login.error.tooMany") : ""));
		return i18n;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		VaadinRequest request = VaadinRequest.getCurrent();
		event.getUI().setLocale(signInLanguage(request == null ? null : request.getHeader("Accept-Language")));
		boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
		login.setI18n(texts(failed && lastFailureWasThrottled()));
		login.setError(failed);
	}

	/**
	 * The first staff language the browser asks for (Vaadin would pick among all the
	 * kiosk languages), else English: staff read the back office in Dutch, French or
	 * English, so the sign-in page does too.
	 */
	static Locale signInLanguage(@Nullable String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return Locale.ENGLISH;
		}
		try {
			Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), Translations.STAFF_LANGUAGES);
			return match == null ? Locale.ENGLISH : match;
		}
		catch (IllegalArgumentException malformed) {
			return Locale.ENGLISH;
		}
	}

	/**
	 * Spring keeps the last sign-in failure in the session for the page it redirects to.
	 */
	private static boolean lastFailureWasThrottled() {
		VaadinSession session = VaadinSession.getCurrent();
		WrappedSession wrapped = session == null ? null : session.getSession();
		return wrapped != null
				&& wrapped.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginThrottledException;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("login.title");
	}

}
