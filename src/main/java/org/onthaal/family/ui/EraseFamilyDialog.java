package org.onthaal.family.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Erasing cannot be undone: the manager types the family's nickname before the red button
 * works, so a slip of the finger on a tablet erases nobody.
 */
class EraseFamilyDialog extends Dialog {

	EraseFamilyDialog(String nickname, Runnable erase) {
		setId("erase-dialog");
		setHeaderTitle(getTranslation("families.erase.title", nickname));
		setWidth("min(560px, 100vw)");
		TextField typed = new TextField(getTranslation("families.erase.type"));
		typed.setId("erase-confirm-text");
		typed.setValueChangeMode(ValueChangeMode.EAGER);
		typed.setWidthFull();
		add(new Paragraph(getTranslation("families.erase.text")), typed);

		Button confirm = new Button(getTranslation("families.erase.confirm"), event -> {
			close();
			erase.run();
		});
		confirm.setId("erase-confirm");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
		confirm.setEnabled(false);
		typed.addValueChangeListener(event -> confirm.setEnabled(matches(event.getValue(), nickname)));
		Button cancel = new Button(getTranslation("office.cancel"), event -> close());
		cancel.setId("erase-cancel");
		getFooter().add(cancel, confirm);
	}

	private static boolean matches(String typed, String nickname) {
		return typed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).equals(nickname.toLowerCase(Locale.ROOT));
	}

}
