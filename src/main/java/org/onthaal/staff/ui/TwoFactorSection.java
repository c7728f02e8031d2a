package org.onthaal.staff.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.ui.QrCode;
import org.onthaal.staff.StaffChangeRejected;
import org.onthaal.staff.TwoFactorEnrolment;

/**
 * The own-account part that turns two-step sign-in on (scan, confirm with a code, note
 * the recovery codes) or off (with the password).
 */
class TwoFactorSection extends Div {

	private final transient TwoFactorEnrolment enrolment;

	private final transient ClientAddress address;

	private final Paragraph message = new Paragraph();

	private final Div body = new Div();

	private transient TwoFactorEnrolment.@Nullable Pending pending;

	/** Where a request comes from, for the throttle. */
	interface ClientAddress {

		String get();

	}

	TwoFactorSection(TwoFactorEnrolment enrolment, ClientAddress address) {
		this.enrolment = enrolment;
		this.address = address;
		setId("two-factor");
		message.setId("two-factor-message");
		message.addClassName("staff-error");
		message.getElement().setAttribute("role", "alert");
		add(new H2(getTranslation("staff.twoFactor.title")), body);
		show(enrolment.isEnabled());
	}

	private void show(boolean enabled) {
		body.removeAll();
		message.setText("");
		if (enabled) {
			Paragraph state = new Paragraph(getTranslation("staff.twoFactor.on"));
			state.setId("two-factor-state");
			PasswordField password = new PasswordField(getTranslation("staff.twoFactor.password"));
			password.setId("two-factor-password");
			Button disable = new Button(getTranslation("staff.twoFactor.disable"), event -> disable(password));
			disable.setId("two-factor-disable");
			body.add(state, password, message, disable);
		}
		else {
			Paragraph state = new Paragraph(getTranslation("staff.twoFactor.off"));
			state.setId("two-factor-state");
			Button start = new Button(getTranslation("staff.twoFactor.start"), event -> start());
			start.setId("two-factor-start");
			body.add(state, start);
		}
	}

	private void start() {
		pending = enrolment.start();
		body.removeAll();
		Image qr = new Image(QrCode.svgDataUrl(pending.otpauthUri()), getTranslation("staff.twoFactor.qr"));
		qr.setId("two-factor-qr");
		qr.setWidth("14rem");
		Paragraph secret = new Paragraph(getTranslation("staff.twoFactor.secret", pending.secretText()));
		secret.setId("two-factor-secret");
		TextField code = new TextField(getTranslation("staff.twoFactor.code"));
		code.setId("two-factor-code");
		code.getElement().setAttribute("autocomplete", "one-time-code");
		code.setAllowedCharPattern("[0-9 ]");
		Button confirm = new Button(getTranslation("staff.twoFactor.confirm"), event -> confirm(code));
		confirm.setId("two-factor-confirm");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		body.add(new Paragraph(getTranslation("staff.twoFactor.scan")), qr, secret, code, message, confirm);
	}

	private void confirm(TextField code) {
		TwoFactorEnrolment.Pending current = pending;
		if (current == null) {
			return;
		}
		List<String> recoveryCodes;
		try {
			recoveryCodes = enrolment.enable(current.secret(), code.getValue());
		}
		catch (StaffChangeRejected rejected) {
			message.setText(getTranslation(rejected.messageKey()));
			return;
		}
		pending = null;
		show(true);
		// shown this once: only their hashes are kept
		UnorderedList list = new UnorderedList();
		list.setId("two-factor-recovery-codes");
		recoveryCodes.forEach(recovery -> list.add(new ListItem(recovery)));
		Paragraph done = new Paragraph(getTranslation("staff.twoFactor.enabled"));
		done.setId("two-factor-done");
		body.addComponentAtIndex(0, done);
		body.addComponentAtIndex(1, new Paragraph(getTranslation("staff.twoFactor.recovery")));
		body.addComponentAtIndex(2, list);
	}

	private void disable(PasswordField password) {
		try {
			enrolment.disable(password.getValue(), address.get());
		}
		catch (StaffChangeRejected rejected) {
			message.setText(getTranslation(rejected.messageKey()));
			return;
		}
		show(false);
		Paragraph done = new Paragraph(getTranslation("staff.twoFactor.disabled"));
		done.setId("two-factor-done");
		body.addComponentAtIndex(0, done);
	}

}
