package org.onthaal.host.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.ui.Stepper;
import org.onthaal.checkin.CheckInRejected;
import org.onthaal.checkin.form.MeetChoice;
import org.onthaal.checkin.form.RejectionMessages;
import org.onthaal.family.ReturningFamily;

/**
 * The host checks a known family in: who came today starts from the family's last visit,
 * as on the kiosk, but "open to meet?" is asked with no default, since the family's
 * answer is theirs to give and becomes their consent.
 */
class AssistedReturningForm extends Div {

	/** What the host confirmed with the family. */
	record Answers(int adults, int children, @Nullable Boolean openToMeet) {
	}

	private final Stepper adults;

	private final Stepper children;

	private final MeetChoice meet = new MeetChoice();

	private final Paragraph error = new Paragraph();

	AssistedReturningForm(ReturningFamily family, Consumer<Answers> confirmed) {
		addClassName("assist-returning");
		H3 title = new H3(getTranslation("host.assist.returning.title", family.nickname()));
		adults = new Stepper("assist-adults", 1, 20, family.lastAdults());
		adults.setTexts(getTranslation("kiosk.returning.adults"), getTranslation("kiosk.less"),
				getTranslation("kiosk.more"));
		children = new Stepper("assist-children", 0, 30, family.lastChildren());
		children.setTexts(getTranslation("kiosk.returning.children"), getTranslation("kiosk.less"),
				getTranslation("kiosk.more"));
		error.setId("assist-returning-error");
		error.addClassName("kiosk-error");
		error.getElement().setAttribute("role", "alert");
		error.setVisible(false);
		Button confirm = new Button(getTranslation("host.assist.checkIn"), event -> {
			if (meet.openToMeet().isEmpty()) {
				// right at the question: nothing is stored until it is answered
				showError(RejectionMessages.text(this, CheckInRejected.Reason.MEET_MISSING));
				return;
			}
			confirmed.accept(new Answers(adults.getCount(), children.getCount(), meet.openToMeet().orElse(null)));
		});
		confirm.setId("assist-returning-confirm");
		confirm.addClassName("host-dialog-button");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(title, adults, children, meet, error, confirm);
	}

	void showError(String message) {
		error.setText(message);
		error.setVisible(true);
	}

}
