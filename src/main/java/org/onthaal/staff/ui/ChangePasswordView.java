package org.onthaal.staff.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.onthaal.staff.AccountRules;
import org.onthaal.staff.OwnAccount;
import org.onthaal.staff.StaffChangeRejected;
import org.onthaal.staff.TwoFactorEnrolment;

/**
 * A signed-in staff user's own account: their password and the language of their screens.
 * Someone whose password a manager set must choose their own here before any other screen
 * opens (see {@link PasswordChangeGuard}).
 */
@Route("password")
@PermitAll
@StyleSheet("styles/office-staff.css")
public class ChangePasswordView extends Main implements HasDynamicTitle {

	private final transient OwnAccount staff;

	private final PasswordField current = new PasswordField();

	private final PasswordField fresh = new PasswordField();

	private final PasswordField confirm = new PasswordField();

	private final Paragraph message = new Paragraph();

	private final boolean mustChange;

	public ChangePasswordView(OwnAccount staff, TwoFactorEnrolment twoFactor, AuthenticationContext authentication) {
		this.staff = staff;
		this.mustChange = staff.mustChangePassword();
		String uiLanguage = staff.uiLanguage();
		UI.getCurrent().setLocale(Locale.forLanguageTag(uiLanguage));
		addClassNames("account-view", "staff-page");

		add(new H1(getTranslation("staff.account.title")));
		if (mustChange) {
			Paragraph why = new Paragraph(getTranslation("staff.account.mustChange"));
			why.setId("password-must-change");
			why.addClassName("staff-notice");
			add(why);
		}
		add(new H2(getTranslation("staff.account.passwordSection")));
		current.setId("password-current");
		current.setLabel(getTranslation("staff.account.current"));
		fresh.setId("password-new");
		fresh.setLabel(getTranslation("staff.account.new"));
		fresh.setHelperText(getTranslation("staff.password.rules"));
		confirm.setId("password-confirm");
		confirm.setLabel(getTranslation("staff.account.confirm"));
		for (PasswordField field : new PasswordField[] { current, fresh, confirm }) {
			field.setWidthFull();
			field.setRequiredIndicatorVisible(true);
		}
		message.setId("password-message");
		message.addClassName("staff-error");
		message.getElement().setAttribute("role", "alert");
		Button save = new Button(getTranslation("staff.account.save"), event -> changePassword());
		save.setId("password-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(current, fresh, confirm, message, save);

		add(new H2(getTranslation("staff.language")));
		Select<String> language = new Select<>();
		language.setId("password-language");
		language.setAriaLabel(getTranslation("staff.language"));
		language.setItems(AccountRules.UI_LANGUAGES);
		language.setItemLabelGenerator(StaffLabels::languageName);
		language.setValue(uiLanguage);
		language.addValueChangeListener(event -> {
			if (event.getValue() != null && event.isFromClient()) {
				staff.changeLanguage(event.getValue());
				// every text on the page follows the new language
				UI.getCurrent().getPage().reload();
			}
		});
		add(language);

		if (!mustChange) {
			if (twoFactor.mustEnrol()) {
				Paragraph required = new Paragraph(getTranslation("staff.twoFactor.required"));
				required.setId("two-factor-required");
				required.addClassName("staff-notice");
				addComponentAtIndex(1, required);
			}
			add(new TwoFactorSection(twoFactor, ChangePasswordView::clientAddress));
		}

		Button signOut = new Button(getTranslation("app.signOut"), VaadinIcon.SIGN_OUT.create(),
				event -> authentication.logout());
		signOut.setId("password-sign-out");
		signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		if (mustChange) {
			add(signOut);
		}
		else {
			Anchor back = new Anchor("", getTranslation("staff.account.back"));
			back.setId("password-back");
			add(back, signOut);
		}
	}

	private void changePassword() {
		message.setText("");
		if (!fresh.getValue().equals(confirm.getValue())) {
			message.setText(getTranslation("staff.account.mismatch"));
			return;
		}
		try {
			staff.changePassword(current.getValue(), fresh.getValue(), clientAddress());
		}
		catch (StaffChangeRejected rejected) {
			message.setText(getTranslation(rejected.messageKey()));
			return;
		}
		current.clear();
		fresh.clear();
		confirm.clear();
		Notification.show(getTranslation("staff.account.changed"), 5000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		if (mustChange) {
			// on to the screen the role opens: the back office or the host board
			UI.getCurrent().navigate("");
		}
	}

	private static String clientAddress() {
		VaadinSession session = VaadinSession.getCurrent();
		String address = session == null ? null : session.getBrowser().getAddress();
		return address == null ? "unknown" : address;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("staff.account.title");
	}

}
