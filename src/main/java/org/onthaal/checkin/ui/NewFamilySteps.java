package org.onthaal.checkin.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.onthaal.base.i18n.LanguageNames;
import org.onthaal.base.i18n.Translations;
import org.onthaal.checkin.CheckInRejected;
import org.onthaal.checkin.form.NewFamilyForm;
import org.onthaal.family.InterestOption;
import org.onthaal.family.NewFamily;
import org.jspecify.annotations.Nullable;

/**
 * A new family answers one question per screen: nickname → languages → interests →
 * children → open to meet today? → confirm. Back on every step, a progress indicator, the
 * answers kept while going back and forth. Nothing is stored until the family confirms.
 */
class NewFamilySteps extends Div implements LocaleChangeObserver {

	private final NicknameStep nickname = new NicknameStep(this::next);

	private final LanguagesStep languages;

	private final InterestsStep interests;

	private final ChildrenStep children = new ChildrenStep();

	private final MeetStep meet = new MeetStep(this::next);

	private final ConfirmStep confirmStep;

	private final List<NewFamilyStep> steps;

	private final List<InterestOption> interestOptions;

	private final String defaultLanguage;

	private final StepProgress progress;

	/** Not about one answer: the server is away, or a refusal no step can fix. */
	private final Paragraph error = new Paragraph();

	private final Button back = new Button(VaadinIcon.ARROW_LEFT.create());

	private final Button nextButton = new Button(VaadinIcon.ARROW_RIGHT.create());

	private final Button confirm = new Button(VaadinIcon.CHECK.create());

	private final Runnable leave;

	private final List<Runnable> changed = new ArrayList<>();

	private Runnable confirmed = () -> {
	};

	private int current;

	/**
	 * This form's id, kept in the tab with the answers: a "check in" sent again after its
	 * answer was lost finds the family it stored.
	 */
	private UUID attempt = UUID.randomUUID();

	/**
	 * {@code keptMonths}: how long this place keeps a family that stopped coming, for the
	 * privacy notice; {@code leave}: what "back" on the first step does.
	 */
	NewFamilySteps(List<String> commonLanguages, List<InterestOption> interestOptions, int keptMonths,
			String defaultLanguage, Runnable leave) {
		this.interestOptions = interestOptions;
		this.defaultLanguage = defaultLanguage;
		this.leave = leave;
		setId("kiosk-new-family");
		addClassName("new-family-steps");
		languages = new LanguagesStep(commonLanguages);
		interests = new InterestsStep(interestOptions, defaultLanguage);
		confirmStep = new ConfirmStep(keptMonths, this::goTo);
		steps = List.of(nickname, languages, interests, children, meet, confirmStep);
		progress = new StepProgress(steps.size());

		error.setId("kiosk-error");
		error.addClassName("kiosk-error");
		error.getElement().setAttribute("role", "alert");
		error.setVisible(false);

		back.setId("kiosk-step-back");
		back.addClassName("step-back");
		back.addClickListener(event -> back());
		nextButton.setId("kiosk-step-next");
		nextButton.addClassName("step-next");
		nextButton.setIconAfterText(true);
		nextButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		nextButton.addClickListener(event -> next());
		confirm.setId("kiosk-confirm");
		confirm.addClassName("confirm-button");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
		// a second tap while the first is being stored does nothing; re-enabled on any
		// outcome
		confirm.setDisableOnClick(true);
		confirm.addClickListener(event -> confirmed.run());

		Div stepArea = new Div();
		stepArea.addClassName("kiosk-step-area");
		steps.forEach(stepArea::add);
		Div nav = new Div(back, nextButton, confirm);
		nav.addClassName("step-nav");
		add(progress, stepArea, error, nav);

		nickname.field().addValueChangeListener(event -> fireChanged());
		getElement().addEventListener("click", event -> fireChanged());
		goTo(0);
	}

	/** Any answer or the step changed. */
	void onChange(Runnable listener) {
		changed.add(listener);
	}

	/** The family tapped "check in" on the last step. */
	void onConfirm(Runnable listener) {
		confirmed = listener;
	}

	private void fireChanged() {
		changed.forEach(Runnable::run);
	}

	private void next() {
		NewFamilyStep step = steps.get(current);
		String problem = step.problem();
		if (problem != null) {
			step.showError(problem);
			return;
		}
		if (current < steps.size() - 1) {
			goTo(current + 1);
		}
	}

	private void back() {
		if (current == 0) {
			leave.run();
		}
		else {
			goTo(current - 1);
		}
	}

	private void goTo(String stepName) {
		for (int i = 0; i < steps.size(); i++) {
			if (steps.get(i).name().equals(stepName)) {
				goTo(i);
			}
		}
	}

	private void goTo(int index) {
		current = Math.max(0, Math.min(index, steps.size() - 1));
		// hidden by style, not setVisible: the server syncs nothing into an invisible
		// component, and the answers on the other steps must stay current in the page
		for (int i = 0; i < steps.size(); i++) {
			steps.get(i).getElement().getClassList().set("current", i == current);
		}
		boolean last = current == steps.size() - 1;
		nextButton.setVisible(!last);
		confirm.setVisible(last);
		confirm.setEnabled(true);
		error.setVisible(false);
		if (last) {
			confirmStep.show(summary());
		}
		progress.show(current);
		fireChanged();
	}

	int currentStep() {
		return current;
	}

	private List<ConfirmStep.Line> summary() {
		String screen = getLocale().getLanguage();
		return List.of(new ConfirmStep.Line("nickname", "kiosk.nickname.label", nickname.value().strip()),
				new ConfirmStep.Line("languages", "kiosk.languages.title",
						String.join(", ",
								languages.picker().chosenLanguages().stream().map(Translations::nativeName).toList())),
				new ConfirmStep.Line("interests", "kiosk.interests.title",
						String.join(", ",
								interestOptions.stream()
									.filter(option -> interests.picker().chosenInterests().contains(option.code()))
									.map(option -> option.label(screen, defaultLanguage, this::getTranslation))
									.toList())),
				new ConfirmStep.Line("children", "kiosk.children.title",
						String.join(", ",
								children.picker()
									.ageBands()
									.stream()
									.map(band -> getTranslation("kiosk.children.years", band))
									.toList())),
				new ConfirmStep.Line("meet", "kiosk.meet.title",
						meet.choice()
							.openToMeet()
							.map(open -> getTranslation(open ? "kiosk.meet.yes" : "kiosk.meet.no"))
							.orElse("")));
	}

	/** Everything answered so far, to keep in the browser while the server is away. */
	NewFamilyForm.Answers answers() {
		return new NewFamilyForm.Answers(nickname.value(), languages.picker().chosenLanguages(),
				interests.picker().chosenInterests(), children.picker().ageBands(),
				meet.choice().openToMeet().map(open -> open ? "yes" : "no").orElse(""));
	}

	UUID attempt() {
		return attempt;
	}

	/**
	 * Whether this form could have kept these answers: languages the search offers,
	 * interests on its tiles, age bands it counts and no more of each than it counts, a
	 * step it has. Anything else came from a tampered tab, and the kiosk starts clean
	 * instead of putting it on screen.
	 */
	boolean couldHaveKept(NewFamilyForm.Answers answers, int step) {
		Set<String> tiles = interestOptions.stream().map(InterestOption::code).collect(Collectors.toSet());
		return step >= 0 && step < steps.size() && answers.nickname() != null && answers.languages() != null
				&& answers.languages().stream().allMatch(LanguageNames::isOffered) && answers.interests() != null
				&& tiles.containsAll(answers.interests()) && answers.children() != null
				&& NewFamily.AGE_BANDS.containsAll(answers.children())
				&& NewFamily.AGE_BANDS.stream()
					.allMatch(
							band -> Collections.frequency(answers.children(), band) <= NewFamily.MAX_CHILDREN_PER_BAND)
				&& Set.of("", "yes", "no").contains(answers.meet());
	}

	/** Puts answers kept in the browser back, at the step the family was on. */
	void restore(NewFamilyForm.Answers answers, int step, @Nullable UUID keptAttempt) {
		if (keptAttempt != null) {
			attempt = keptAttempt;
		}
		nickname.setValue(answers.nickname());
		languages.picker().select(answers.languages());
		interests.picker().preselect(answers.interests());
		children.picker().setAgeBands(answers.children());
		if (!answers.meet().isEmpty()) {
			meet.choice().preselect("yes".equals(answers.meet()));
		}
		goTo(step);
	}

	/** The last step, where "check in" saves the answers. */
	boolean atConfirmStep() {
		return current == steps.size() - 1;
	}

	NewFamily draft() {
		return new NewFamily(nickname.value(), languages.picker().chosenLanguages(),
				interests.picker().chosenInterests(), children.picker().ageBands(),
				meet.choice().openToMeet().orElse(false), false);
	}

	/** Empty until the family has answered. */
	Optional<Boolean> openToMeet() {
		return meet.choice().openToMeet();
	}

	/**
	 * The server refused the answers: back to the step they are about, with the message
	 * at the answer.
	 */
	void rejected(CheckInRejected.Reason reason, String message) {
		String step = switch (reason) {
			case NICKNAME_EMPTY, NICKNAME_TOO_LONG, NICKNAME_INVALID -> "nickname";
			case LANGUAGE_MISSING -> "languages";
			case MEET_MISSING -> "meet";
			case UNKNOWN_AGE_BAND -> "children";
			default -> "";
		};
		if (step.isEmpty()) {
			showError(message);
			return;
		}
		goTo(step);
		steps.get(current).showError(message);
	}

	/** A message about no single answer (the server is away): shown above the buttons. */
	void showError(String message) {
		error.setText(message);
		error.setVisible(true);
		confirm.setEnabled(true);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		back.setText(getTranslation("kiosk.back"));
		nextButton.setText(getTranslation("kiosk.step.next"));
		confirm.setText(getTranslation("kiosk.confirm"));
		progress.show(current);
		if (current == steps.size() - 1) {
			confirmStep.show(summary());
		}
	}

}
