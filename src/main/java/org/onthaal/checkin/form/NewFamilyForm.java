package org.onthaal.checkin.form;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;
import org.onthaal.family.InterestOption;
import org.onthaal.family.NewFamily;

/**
 * A new family's answers on one screen, as the host asks them on the board: a nickname
 * (the only typing), languages, interests, children and whether they are open to meeting
 * others today. Nothing is stored until the confirm button.
 */
public class NewFamilyForm extends Div implements LocaleChangeObserver {

	private final TextField nickname = new NicknameField();

	private final LanguagePicker languages;

	private final InterestPicker interests;

	private final MeetChoice meet = new MeetChoice();

	private final ChildrenPicker children = new ChildrenPicker();

	private final Paragraph privacy = new Paragraph();

	private final Paragraph error = new Paragraph();

	private final Button confirm = new Button();

	private final int keptMonths;

	/**
	 * {@code keptMonths}: how long this place keeps a family that stopped coming, for the
	 * privacy notice; {@code defaultLanguage}: the place's default screen language.
	 */
	public NewFamilyForm(List<String> commonLanguages, List<InterestOption> interestOptions, int keptMonths,
			String defaultLanguage) {
		this.keptMonths = keptMonths;
		addClassName("new-family-form");
		languages = new LanguagePicker(commonLanguages);
		interests = new InterestPicker(interestOptions, defaultLanguage);

		privacy.setId("kiosk-privacy");
		privacy.addClassName("privacy-note");

		error.setId("kiosk-error");
		error.addClassName("kiosk-error");
		error.getElement().setAttribute("role", "alert");
		error.setVisible(false);

		confirm.setId("kiosk-confirm");
		confirm.setIcon(VaadinIcon.CHECK.create());
		confirm.addClassName("confirm-button");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
		// a second tap while the first is being stored does nothing; re-enabled on any
		// outcome
		confirm.setDisableOnClick(true);
		confirm.addClickListener(event -> fireEvent(new ConfirmEvent(this)));

		add(nickname, languages, interests, children, meet, privacy, error, confirm);
	}

	/** Everything answered so far, to keep in the browser while the server is away. */
	public record Answers(String nickname, List<String> languages, List<String> interests, List<String> children,
			String meet) {
	}

	public Answers answers() {
		return new Answers(nickname.getValue(), languages.chosenLanguages(), interests.chosenInterests(),
				children.ageBands(), meet.openToMeet().map(open -> open ? "yes" : "no").orElse(""));
	}

	/** Puts answers kept in the browser back on the screen. */
	public void restore(Answers answers) {
		nickname.setValue(answers.nickname());
		languages.select(answers.languages());
		interests.preselect(answers.interests());
		children.setAgeBands(answers.children());
		if (!answers.meet().isEmpty()) {
			meet.preselect("yes".equals(answers.meet()));
		}
	}

	/** Any answer changed (a tap anywhere in the form, or the nickname). */
	public void onChange(Runnable listener) {
		nickname.addValueChangeListener(event -> listener.run());
		getElement().addEventListener("click", event -> listener.run());
	}

	public NewFamily draft() {
		return new NewFamily(nickname.getValue(), languages.chosenLanguages(), interests.chosenInterests(),
				children.ageBands(), meet.openToMeet().orElse(false), false);
	}

	/** Empty until the family has answered. */
	public Optional<Boolean> openToMeet() {
		return meet.openToMeet();
	}

	public void showError(String message) {
		error.setText(message);
		error.setVisible(true);
		confirm.setEnabled(true);
	}

	private void clearError() {
		error.setVisible(false);
	}

	public Registration addConfirmListener(ComponentEventListener<ConfirmEvent> listener) {
		return addListener(ConfirmEvent.class, listener);
	}

	/**
	 * Everything this screen asks, for the speaker button: parents who read little hear
	 * the questions.
	 */
	public String spokenQuestions() {
		return String.join(". ", getTranslation("kiosk.nickname.label"), getTranslation("kiosk.languages.title"),
				getTranslation("kiosk.interests.title"), getTranslation("kiosk.children.title"),
				getTranslation("kiosk.meet.title"), getTranslation("kiosk.privacy", keptMonths));
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		nickname.setLabel(getTranslation("kiosk.nickname.label"));
		nickname.setHelperText(getTranslation("kiosk.nickname.helper"));
		privacy.setText(getTranslation("kiosk.privacy", keptMonths));
		confirm.setText(getTranslation("kiosk.confirm"));
		clearError();
	}

	public static class ConfirmEvent extends ComponentEvent<NewFamilyForm> {

		ConfirmEvent(NewFamilyForm source) {
			super(source, false);
		}

	}

}
