package org.onthaal.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.onthaal.staff.FirstManagerSetup;
import org.onthaal.staff.PasswordPolicy;
import org.onthaal.staff.StaffChangeRejected;
import org.onthaal.staff.AccountRules;

/** The one-time page, reached by the link in the log, that creates the first manager. */
@Route("setup/:token")
@AnonymousAllowed
public class SetupView extends Main implements BeforeEnterObserver {

	private final transient FirstManagerSetup setup;

	private final TextField username = new TextField();

	private final TextField displayName = new TextField();

	private final PasswordField password = new PasswordField();

	private final PasswordField repeat = new PasswordField();

	private final Paragraph message = new Paragraph();

	private String token = "";

	public SetupView(FirstManagerSetup setup) {
		this.setup = setup;
		addClassName("setup-view");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		token = event.getRouteParameters().get("token").orElse("");
		removeAll();
		add(new H1(getTranslation("setup.title")));
		if (!setup.isValidToken(token)) {
			message.setText(getTranslation("setup.invalidLink"));
			message.setId("setup-message");
			add(message);
			return;
		}
		username.setId("setup-username");
		username.setLabel(getTranslation("setup.username"));
		displayName.setId("setup-display-name");
		displayName.setLabel(getTranslation("setup.displayName"));
		password.setId("setup-password");
		password.setLabel(getTranslation("setup.password"));
		repeat.setId("setup-password-repeat");
		repeat.setLabel(getTranslation("setup.passwordRepeat"));
		message.setId("setup-message");
		message.getElement().setAttribute("role", "alert");
		Button create = new Button(getTranslation("setup.submit"), event1 -> create());
		create.setId("setup-submit");
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(new Paragraph(getTranslation("setup.intro")), username, displayName, password, repeat, message, create);
	}

	private void create() {
		if (!AccountRules.isValidUsername(username.getValue().strip())) {
			message.setText(getTranslation("setup.error.username"));
			return;
		}
		try {
			PasswordPolicy.require(password.getValue());
		}
		catch (StaffChangeRejected rejected) {
			message.setText(getTranslation(messageKey(rejected)));
			return;
		}
		if (!password.getValue().equals(repeat.getValue())) {
			message.setText(getTranslation("setup.error.mismatch"));
			return;
		}
		String name = displayName.getValue().isBlank() ? username.getValue().strip() : displayName.getValue().strip();
		try {
			setup.createWithToken(token, username.getValue().strip(), password.getValue(), name);
		}
		catch (StaffChangeRejected rejected) {
			message.setText(getTranslation(messageKey(rejected)));
			return;
		}
		catch (IllegalStateException ex) {
			message.setText(getTranslation("setup.invalidLink"));
			return;
		}
		removeAll();
		Paragraph done = new Paragraph(getTranslation("setup.done"));
		done.setId("setup-done");
		add(new H1(getTranslation("setup.title")), done, new Anchor("login", getTranslation("login.submit")));
	}

	private static String messageKey(StaffChangeRejected rejected) {
		return switch (rejected.reason()) {
			case PASSWORD_TOO_SHORT -> "setup.error.weak";
			case PASSWORD_TOO_LONG -> "setup.error.tooLong";
			default -> "setup.error.username";
		};
	}

}
