package org.onthaal.staff.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

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
		LoginI18n i18n = LoginI18n.createDefault();
		i18n.getForm().setTitle(getTranslation("login.title"));
		i18n.getForm().setUsername(getTranslation("login.username"));
		i18n.getForm().setPassword(getTranslation("login.password"));
		i18n.getForm().setSubmit(getTranslation("login.submit"));
		i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
		i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
		login.setI18n(i18n);
		add(login);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("login.title");
	}

}
