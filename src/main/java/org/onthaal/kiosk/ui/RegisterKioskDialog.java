package org.onthaal.kiosk.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.onthaal.kiosk.KioskDeviceService;

/** Asks for a new kiosk's name ("Front door", "Kiosk 2"). */
class RegisterKioskDialog extends Dialog {

	/** The manager confirmed a valid name. */
	static class RegisterEvent extends ComponentEvent<RegisterKioskDialog> {

		private final String name;

		RegisterEvent(RegisterKioskDialog source, String name) {
			super(source, false);
			this.name = name;
		}

		String name() {
			return name;
		}

	}

	private final TextField name = new TextField();

	RegisterKioskDialog() {
		setId("kiosks-register-dialog");
		setHeaderTitle(getTranslation("office.kiosks.register.title"));
		name.setId("kiosks-name");
		name.setLabel(getTranslation("office.kiosks.name"));
		name.setHelperText(getTranslation("office.kiosks.register.nameHelp"));
		name.setMaxLength(KioskDeviceService.MAX_NAME_LENGTH);
		name.setRequiredIndicatorVisible(true);
		name.setWidthFull();
		name.setAutofocus(true);
		name.addKeyPressListener(Key.ENTER, event -> confirm());
		add(new Paragraph(getTranslation("office.kiosks.register.intro")), name);

		Button cancel = new Button(getTranslation("office.cancel"), event -> close());
		cancel.setId("kiosks-register-cancel");
		Button save = new Button(getTranslation("office.kiosks.register.save"), event -> confirm());
		save.setId("kiosks-register-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(cancel, save);
		addClassName("kiosks-dialog");
	}

	private void confirm() {
		String value = name.getValue().strip();
		if (value.isEmpty()) {
			name.setErrorMessage(getTranslation("office.required"));
			name.setInvalid(true);
			return;
		}
		name.setInvalid(false);
		fireEvent(new RegisterEvent(this, value));
	}

	Registration addRegisterListener(ComponentEventListener<RegisterEvent> listener) {
		return addListener(RegisterEvent.class, listener);
	}

}
