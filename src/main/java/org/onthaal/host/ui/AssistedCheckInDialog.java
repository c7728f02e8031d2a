package org.onthaal.host.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInRejected;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.checkin.form.NewFamilyForm;
import org.onthaal.checkin.form.RejectionMessages;
import org.onthaal.family.FamilyMatch;
import org.onthaal.family.ReturningFamily;

/**
 * For families who would rather not use the kiosk: the host finds them by nickname and
 * checks them in with today's answers (starting from last time, "open to meet?" asked
 * anew), or registers a new family with the same form the kiosk uses.
 */
class AssistedCheckInDialog extends Dialog {

	private final transient CheckInService checkIns;

	private final long locationId;

	private final Consumer<CheckIn> newFamilyCheckedIn;

	private final TextField search = new TextField();

	private final Div results = new Div();

	private final Paragraph message = new Paragraph();

	AssistedCheckInDialog(CheckInService checkIns, long locationId, int keptMonths, String defaultLanguage,
			List<String> commonLanguages, Consumer<CheckIn> newFamilyCheckedIn) {
		this.checkIns = checkIns;
		this.locationId = locationId;
		this.newFamilyCheckedIn = newFamilyCheckedIn;
		setHeaderTitle(getTranslation("host.assist.open"));
		setId("assist-dialog");
		search.setId("assist-search");
		search.setLabel(getTranslation("host.assist.search"));
		search.setValueChangeMode(ValueChangeMode.LAZY);
		search.addValueChangeListener(event -> showMatches(event.getValue()));
		results.setId("assist-results");
		message.setId("assist-message");
		message.getElement().setAttribute("role", "status");
		Button newFamily = new Button(getTranslation("host.assist.new"),
				event -> showNewFamily(commonLanguages, keptMonths, defaultLanguage));
		newFamily.setId("assist-new");
		Button close = new Button(getTranslation("host.assist.close"), event -> close());
		close.setId("assist-close");
		close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		getFooter().add(close);
		add(search, results, message, newFamily);
	}

	private void showMatches(String part) {
		results.removeAll();
		List<FamilyMatch> matches = checkIns.findFamilies(locationId, part);
		if (matches.isEmpty() && !part.isBlank()) {
			results.add(new Paragraph(getTranslation("host.assist.none")));
		}
		for (FamilyMatch match : matches) {
			Span name = new Span(match.nickname());
			name.addClassName("assist-nickname");
			Div row = new Div(name);
			row.addClassName("assist-row");
			if (!match.presentHere()) {
				Button checkIn = new Button(getTranslation("host.assist.checkIn"), event -> askReturning(match));
				checkIn.setId("assist-family-" + match.familyId());
				checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
				row.add(checkIn);
			}
			results.add(row);
		}
	}

	/**
	 * Today's answers first, starting from the family's last visit; nothing is stored
	 * before the host confirms them.
	 */
	private void askReturning(FamilyMatch match) {
		checkIns.returningFamily(match.familyId()).ifPresentOrElse(family -> {
			message.setText("");
			results.removeAll();
			results.add(new AssistedReturningForm(family, answers -> checkInReturning(family, answers)));
		}, () -> message.setText(RejectionMessages.text(this, CheckInRejected.Reason.UNKNOWN_FAMILY)));
	}

	private void checkInReturning(ReturningFamily family, AssistedReturningForm.Answers answers) {
		try {
			// interests stay as they are: null leaves them unchanged
			CheckIn checkIn = checkIns.checkInReturning(locationId, family.familyId(), answers.adults(),
					answers.children(), answers.openToMeet(), null, VisitSource.HOST);
			message.setText(getTranslation("host.assist.done", checkIn.nickname()));
		}
		catch (CheckInRejected ex) {
			message.setText(RejectionMessages.text(this, ex.reason()));
		}
		showMatches(search.getValue());
	}

	private void showNewFamily(List<String> commonLanguages, int keptMonths, String defaultLanguage) {
		NewFamilyForm form = new NewFamilyForm(commonLanguages, checkIns.interestOptions(), keptMonths,
				defaultLanguage);
		form.addConfirmListener(event -> {
			try {
				CheckIn checkIn = checkIns.checkInNewFamily(locationId, form.draft(), form.openToMeet().orElse(null),
						VisitSource.HOST);
				close();
				newFamilyCheckedIn.accept(checkIn);
			}
			catch (CheckInRejected ex) {
				form.showError(RejectionMessages.text(this, ex.reason()));
			}
		});
		removeAll();
		add(form);
	}

}
