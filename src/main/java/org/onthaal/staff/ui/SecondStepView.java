package org.onthaal.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.onthaal.base.security.StaffRoles;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * The second step of a two-step sign-in: a plain form the browser posts, like the
 * password form, checked by the security filter chain (not by this view). Only someone
 * who has just given the right password, and still owes the code, sees it.
 */
@Route("login/code")
@RolesAllowed(StaffRoles.SECOND_STEP)
public class SecondStepView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final Paragraph message = new Paragraph();

	public SecondStepView(AuthenticationContext authentication) {
		addClassNames("login-view", "second-step-view");
		getStyle().set("max-width", "28rem").set("margin", "0 auto").set("padding", "1rem");
		add(new H1(getTranslation("login.code.title")), new Paragraph(getTranslation("login.code.intro")));
		message.setId("second-step-message");
		message.getElement().setAttribute("role", "alert");
		message.getStyle().set("color", "var(--lumo-error-text-color)");
		add(message);

		VaadinServletRequest request = VaadinServletRequest.getCurrent();
		Element form = new Element("form");
		form.setAttribute("id", "second-step-form");
		form.setAttribute("method", "post");
		form.setAttribute("action", (request == null ? "" : request.getContextPath()) + "/login/code");
		Element label = new Element("label");
		label.setAttribute("for", "second-step-code");
		label.setText(getTranslation("login.code.label"));
		label.getStyle().set("display", "block");
		Element code = new Element("input");
		code.setAttribute("id", "second-step-code");
		code.setAttribute("name", "code");
		code.setAttribute("autocomplete", "one-time-code");
		code.setAttribute("autocapitalize", "characters");
		code.setAttribute("required", true);
		code.setAttribute("autofocus", true);
		code.getStyle().set("min-height", "48px").set("font-size", "1.5rem").set("width", "100%");
		Element submit = new Element("button");
		submit.setAttribute("type", "submit");
		submit.setAttribute("id", "second-step-submit");
		submit.setText(getTranslation("login.code.submit"));
		submit.getStyle().set("min-height", "48px").set("margin-top", "1rem").set("width", "100%");
		form.appendChild(label, code);
		if (request != null && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
			Element hidden = new Element("input");
			hidden.setAttribute("type", "hidden");
			hidden.setAttribute("name", csrf.getParameterName());
			hidden.setAttribute("value", csrf.getToken());
			form.appendChild(hidden);
		}
		form.appendChild(submit);
		getElement().appendChild(form);

		Button signOut = new Button(getTranslation("app.signOut"), VaadinIcon.SIGN_OUT.create(),
				event -> authentication.logout());
		signOut.setId("second-step-sign-out");
		signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		signOut.getStyle().set("margin-top", "1rem");
		add(signOut);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getLocation().getQueryParameters().getParameters();
		if (parameters.containsKey("throttled")) {
			message.setText(getTranslation("login.error.tooMany"));
		}
		else if (parameters.containsKey("error")) {
			message.setText(getTranslation("login.code.error"));
		}
		else {
			message.setText("");
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("login.code.title");
	}

}
