package org.onthaal.family.ui;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import org.onthaal.base.ui.LanguageOrder;
import org.onthaal.base.ui.Pictograms;
import org.onthaal.base.ui.Stepper;
import org.onthaal.family.FamilyAdminService;
import org.onthaal.family.FamilyDetails;
import org.onthaal.family.FamilyEdit;
import org.onthaal.family.FamilyEditRejected;
import org.onthaal.family.InterestOption;
import org.onthaal.family.NewFamily;
import org.onthaal.family.Nickname;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One family: correct what it told us, download its data, or erase it. Reports a save or
 * an erasure with {@link FamilyChanged}.
 */
class FamilyDialog extends Dialog {

	/** The family was saved or erased: lists showing it must refresh. */
	static class FamilyChanged extends ComponentEvent<FamilyDialog> {

		FamilyChanged(FamilyDialog source) {
			super(source, false);
		}

	}

	private final transient FamilyAdminService families;

	private final long locationId;

	private final ZoneId zone;

	private final TextField nickname = new TextField();

	private final LanguageOrder languages = new LanguageOrder("family-language", "families.languages",
			List.of(Locale.getISOLanguages()), 0);

	private final MultiSelectComboBox<InterestOption> interests = new MultiSelectComboBox<>();

	private final Map<String, Stepper> children = new LinkedHashMap<>();

	private final Checkbox consent = new Checkbox();

	private final Span consentAt = new Span();

	private final Span card = new Span();

	private final Span since = new Span();

	private FamilyDetails family;

	FamilyDialog(FamilyAdminService families, long locationId, ZoneId zone, long familyId) {
		this.families = families;
		this.locationId = locationId;
		this.zone = zone;
		this.family = families.details(locationId, familyId);
		setId("family-dialog");
		addClassName("families-dialog");
		setWidth("min(720px, 100vw)");

		nickname.setId("family-nickname");
		nickname.setLabel(getTranslation("families.nickname"));
		nickname.setHelperText(getTranslation("families.nickname.help"));
		nickname.setMaxLength(Nickname.MAX_LENGTH);
		nickname.setRequiredIndicatorVisible(true);
		nickname.setWidthFull();

		interests.setId("family-interests");
		interests.setLabel(getTranslation("families.interests"));
		interests.setItemLabelGenerator(this::interestLabel);
		interests.setItems(families.interestOptions(locationId, familyId));
		interests.setWidthFull();

		Div childRows = new Div();
		childRows.addClassName("families-children");
		Span childrenLabel = new Span(getTranslation("families.children"));
		childrenLabel.addClassName("families-field-label");
		for (String band : NewFamily.AGE_BANDS) {
			Stepper stepper = new Stepper("family-children-" + band.replace("+", "plus"), 0,
					NewFamily.MAX_CHILDREN_PER_BAND, 0);
			stepper.setTexts(getTranslation("families.children.years", band), getTranslation("families.children.less"),
					getTranslation("families.children.more"));
			children.put(band, stepper);
			childRows.add(stepper);
		}

		consent.setId("family-consent");
		consent.setLabel(getTranslation("families.consent"));
		consentAt.setId("family-consent-at");
		consentAt.addClassName("families-muted");

		card.setId("family-card");
		card.addClassName("families-card");
		since.addClassName("families-muted");

		languages.setLabel(getTranslation("families.languages"));
		Div form = new Div(card, since, nickname, languages, interests, childrenLabel, childRows, consent, consentAt);
		form.addClassName("families-form");
		add(form);

		Button save = new Button(getTranslation("office.save"), event -> save());
		save.setId("family-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("office.cancel"), event -> close());
		cancel.setId("family-cancel");
		Button erase = new Button(getTranslation("families.erase"), VaadinIcon.TRASH.create(), event -> confirmErase());
		erase.setId("family-erase");
		erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
		Div spacer = new Div();
		spacer.addClassName("families-spacer");
		getFooter().add(erase, exportLink(familyId), spacer, cancel, save);

		show(family);
	}

	private Anchor exportLink(long familyId) {
		Locale language = getLocale() == null ? Locale.ENGLISH : getLocale();
		Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
			byte[] data = families.exportJson(locationId, familyId, language);
			return new DownloadResponse(new ByteArrayInputStream(data), "onthaal-family-" + familyId + ".json",
					"application/json", data.length);
		}), "");
		export.setId("family-export");
		export.addClassName("families-export");
		export.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("families.export")));
		export.setTitle(getTranslation("families.export.help"));
		return export;
	}

	private void show(FamilyDetails details) {
		family = details;
		setHeaderTitle(getTranslation("families.dialog.title", details.nickname()));
		card.removeAll();
		if (details.cardPictogram() != null && details.cardDigits() != null) {
			card.add(Pictograms.icon(details.cardPictogram()),
					new Span(getTranslation("families.dialog.card", details.cardDigits())));
			card.getElement().setAttribute("aria-label", details.cardPictogram() + " " + details.cardDigits());
		}
		else {
			card.setText(getTranslation("families.dialog.noCard"));
		}
		since.setText(getTranslation("families.dialog.since", date(details.createdAt()), date(details.lastSeenAt())));
		nickname.setValue(details.nickname());
		nickname.setInvalid(false);
		languages.setValue(details.languages());
		languages.setInvalid(false);
		interests.setValue(interests.getListDataView()
			.getItems()
			.filter(option -> details.interestCodes().contains(option.code()))
			.toList());
		children.forEach((band, stepper) -> stepper
			.setCount((int) details.childAgeBands().stream().filter(band::equals).count()));
		consent.setValue(details.consent());
		consentAt.setText(details.consentAt() == null ? getTranslation("families.consent.never")
				: getTranslation("families.consent.at", date(details.consentAt())));
	}

	private void save() {
		List<String> bands = new ArrayList<>();
		children.forEach((band, stepper) -> {
			for (int i = 0; i < stepper.getCount(); i++) {
				bands.add(band);
			}
		});
		FamilyEdit edit = new FamilyEdit(family.version(), nickname.getValue(), languages.getValue(),
				interests.getValue().stream().map(InterestOption::code).toList(), bands, consent.getValue());
		try {
			show(families.update(locationId, family.id(), edit));
			Notification.show(getTranslation("families.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			fireEvent(new FamilyChanged(this));
			close();
		}
		catch (FamilyEditRejected ex) {
			showProblem(ex.reason());
		}
		catch (OptimisticLockingFailureException ex) {
			Notification.show(getTranslation("office.conflict"), 8000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.LUMO_WARNING);
			show(families.details(locationId, family.id()));
			fireEvent(new FamilyChanged(this));
		}
	}

	private void showProblem(FamilyEditRejected.Reason reason) {
		switch (reason) {
			case NICKNAME_EMPTY, NICKNAME_TOO_LONG, NICKNAME_INVALID -> {
				nickname.setErrorMessage(getTranslation("families.nickname." + reason.name().substring(9)));
				nickname.setInvalid(true);
			}
			case LANGUAGE_MISSING -> refuse(languages, "families.languages.missing");
			case LANGUAGE_UNKNOWN -> refuse(languages, "families.languages.unknown");
			case TOO_MANY_CHILDREN -> Notification.show(getTranslation("families.children.tooMany"))
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
			case UNKNOWN_AGE_BAND -> Notification.show(getTranslation("families.children.unknown"))
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
	}

	private void confirmErase() {
		EraseFamilyDialog confirm = new EraseFamilyDialog(family.nickname(), () -> {
			families.erase(locationId, family.id());
			Notification.show(getTranslation("families.erased")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			fireEvent(new FamilyChanged(this));
			close();
		});
		confirm.open();
	}

	private String interestLabel(InterestOption option) {
		Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
		String own = option.labels().get(locale.getLanguage());
		return own != null && !own.isBlank() ? own : getTranslation("interest." + option.code());
	}

	private String date(OffsetDateTime at) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(getLocale() == null ? Locale.ENGLISH : getLocale())
			.format(at.atZoneSameInstant(zone));
	}

	Registration addFamilyChangedListener(ComponentEventListener<FamilyChanged> listener) {
		return addListener(FamilyChanged.class, listener);
	}

	private void refuse(LanguageOrder field, String key) {
		field.setErrorMessage(getTranslation(key));
		field.setInvalid(true);
	}

}
