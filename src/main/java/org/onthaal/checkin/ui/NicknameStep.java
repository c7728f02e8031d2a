package org.onthaal.checkin.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import org.jspecify.annotations.Nullable;
import org.onthaal.checkin.CheckInRejected;
import org.onthaal.checkin.form.RejectionMessages;
import org.onthaal.checkin.form.NicknameField;
import org.onthaal.family.Nickname;

/** The only typing: a first name or nickname, checked before the family goes on. */
class NicknameStep extends NewFamilyStep {

	private final TextField nickname = new NicknameField();

	NicknameStep(Runnable enter) {
		super("nickname", "kiosk.nickname.label");
		// every key reaches the server, so the message goes as soon as the name is fixed
		nickname.setValueChangeMode(ValueChangeMode.EAGER);
		nickname.addValueChangeListener(event -> {
			if (hasError() && problem() == null) {
				clearError();
			}
		});
		nickname.addKeyPressListener(Key.ENTER, event -> enter.run());
		answer(nickname);
	}

	String value() {
		return nickname.getValue();
	}

	void setValue(String value) {
		nickname.setValue(value);
	}

	TextField field() {
		return nickname;
	}

	@Override
	@Nullable String problem() {
		try {
			Nickname.clean(nickname.getValue());
			return null;
		}
		catch (Nickname.Rejected ex) {
			return RejectionMessages.text(this, switch (ex.problem()) {
				case EMPTY -> CheckInRejected.Reason.NICKNAME_EMPTY;
				case TOO_LONG -> CheckInRejected.Reason.NICKNAME_TOO_LONG;
				case INVALID -> CheckInRejected.Reason.NICKNAME_INVALID;
			});
		}
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		super.localeChange(event);
		nickname.setHelperText(getTranslation("kiosk.nickname.helper"));
		// the prompt above is the field's visible label
		nickname.setAriaLabel(getTranslation("kiosk.nickname.label"));
	}

}
