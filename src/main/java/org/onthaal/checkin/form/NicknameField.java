package org.onthaal.checkin.form;

import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import org.onthaal.family.Nickname;

/**
 * The one field a family types in, the same at the kiosk and in the host's assisted
 * check-in: no autocomplete, autocorrect or spell check (a name is not a word to fix).
 */
public class NicknameField extends TextField {

	public NicknameField() {
		setId("kiosk-nickname");
		addClassName("nickname-field");
		// a little more than the limit, so a too-long name gets a clear message instead
		// of being cut
		setMaxLength(Nickname.MAX_LENGTH * 2);
		setAutocomplete(Autocomplete.OFF);
		getElement().setAttribute("autocorrect", "off");
		getElement().setAttribute("spellcheck", "false");
	}

}
