package org.onthaal.space.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.i18n.Translations;
import org.onthaal.base.ui.LanguageOrder;
import org.onthaal.space.CardPrint;
import org.onthaal.space.LocationAdminService;
import org.onthaal.space.LocationDetails;
import org.onthaal.space.LocationForm;
import org.onthaal.space.SpaceRuleException;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Creates or edits a meeting place. When another manager saved the same place first, it
 * says so and shows their version to check, without overwriting it.
 */
class LocationDialog extends Dialog {

	static final String DEFAULT_TIME_ZONE = "Europe/Brussels";

	/** The form's values while the manager edits them. */
	static final class Values {

		String name = "";

		String timeZone = DEFAULT_TIME_ZONE;

		List<String> languages = Translations.SCREEN_LANGUAGES.stream().map(Locale::getLanguage).toList();

		String defaultLanguage = "nl";

		Integer retentionVisitMonths = 12;

		Integer retentionFamilyMonths = 12;

		boolean active = true;

		boolean managersNeedTwoFactor;

		CardPrint cardPrint = CardPrint.OFF;

		static Values of(LocationDetails location) {
			Values values = new Values();
			values.name = location.name();
			values.timeZone = location.timeZone().getId();
			values.languages = location.kioskLanguages();
			values.defaultLanguage = location.defaultLanguage();
			values.retentionVisitMonths = location.retentionVisitMonths();
			values.retentionFamilyMonths = location.retentionFamilyMonths();
			values.active = location.active();
			values.managersNeedTwoFactor = location.managersNeedTwoFactor();
			values.cardPrint = location.cardPrint();
			return values;
		}

		LocationForm toForm() {
			return new LocationForm(name, ZoneId.of(timeZone), languages, defaultLanguage, retentionVisitMonths,
					retentionFamilyMonths, active, managersNeedTwoFactor, cardPrint);
		}

	}

	private final transient LocationAdminService service;

	private final Runnable onSaved;

	private final Binder<Values> binder = new Binder<>();

	private final Paragraph conflict = new Paragraph();

	private final Paragraph error = new Paragraph();

	private final LanguageOrder languages = new LanguageOrder("location-language", "space.locations.languages",
			Translations.SCREEN_LANGUAGES.stream().map(Locale::getLanguage).toList(), 1);

	private final Select<String> defaultLanguage = new Select<>();

	private @Nullable LocationDetails existing;

	private Values values;

	LocationDialog(LocationAdminService service, @Nullable LocationDetails existing, Runnable onSaved) {
		this.service = service;
		this.existing = existing;
		this.onSaved = onSaved;
		this.values = existing == null ? new Values() : Values.of(existing);
		setId("location-dialog");
		setHeaderTitle(getTranslation(existing == null ? "space.locations.new" : "space.locations.editTitle"));
		setWidth("min(720px, 100vw)");

		TextField name = new TextField(getTranslation("space.locations.field.name"));
		name.setId("location-name");
		name.setMaxLength(LocationForm.NAME_MAX);
		name.setRequiredIndicatorVisible(true);
		binder.forField(name)
			.asRequired(getTranslation("office.required"))
			.withValidator(
					new StringLengthValidator(getTranslation("space.locations.error.name"), 1, LocationForm.NAME_MAX))
			.bind(v -> v.name, (v, value) -> v.name = value);

		ComboBox<String> timeZone = new ComboBox<>(getTranslation("space.locations.field.timeZone"));
		timeZone.setId("location-time-zone");
		timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
		timeZone.setHelperText(getTranslation("space.locations.field.timeZone.help"));
		binder.forField(timeZone)
			.asRequired(getTranslation("office.required"))
			.bind(v -> v.timeZone, (v, value) -> v.timeZone = value);

		languages.setLabel(getTranslation("space.locations.field.languages"));
		languages.setHelperText(getTranslation("space.locations.field.languages.help"));
		binder.forField(languages)
			.withValidator(list -> !list.isEmpty(), getTranslation("space.locations.error.languages"))
			.bind(v -> v.languages, (v, value) -> v.languages = value);

		defaultLanguage.setId("location-default-language");
		defaultLanguage.setLabel(getTranslation("space.locations.field.defaultLanguage"));
		defaultLanguage.setItemLabelGenerator(code -> LanguageOrder.name(code, getLocale()));
		defaultLanguage.setItems(values.languages);
		binder.forField(defaultLanguage)
			.asRequired(getTranslation("office.required"))
			.withValidator(code -> languages.getValue().contains(code),
					getTranslation("space.locations.error.defaultLanguage"))
			.bind(v -> v.defaultLanguage, (v, value) -> v.defaultLanguage = value);
		languages.addValueChangeListener(event -> followLanguages(event.getValue()));

		IntegerField visits = retention("location-retention-visits", "space.locations.field.retentionVisits",
				"space.locations.field.retentionVisits.help");
		binder.forField(visits)
			.asRequired(getTranslation("office.required"))
			.withValidator(retentionRange())
			.bind(v -> v.retentionVisitMonths, (v, value) -> v.retentionVisitMonths = value);
		IntegerField families = retention("location-retention-families", "space.locations.field.retentionFamilies",
				"space.locations.field.retentionFamilies.help");
		binder.forField(families)
			.asRequired(getTranslation("office.required"))
			.withValidator(retentionRange())
			.bind(v -> v.retentionFamilyMonths, (v, value) -> v.retentionFamilyMonths = value);

		Checkbox active = new Checkbox(getTranslation("office.active"));
		active.setId("location-active");
		active.setTooltipText(getTranslation("space.locations.field.active.help"));
		binder.forField(active).bind(v -> v.active, (v, value) -> v.active = value);
		Checkbox twoFactor = new Checkbox(getTranslation("space.locations.field.managersNeedTwoFactor"));
		twoFactor.setId("location-managers-two-factor");
		twoFactor.setTooltipText(getTranslation("space.locations.field.managersNeedTwoFactor.help"));
		binder.forField(twoFactor).bind(v -> v.managersNeedTwoFactor, (v, value) -> v.managersNeedTwoFactor = value);

		Select<CardPrint> cardPrint = new Select<>();
		cardPrint.setId("location-card-print");
		cardPrint.setLabel(getTranslation("space.locations.field.cardPrint"));
		cardPrint.setHelperText(getTranslation("space.locations.field.cardPrint.help"));
		cardPrint.setItems(CardPrint.values());
		cardPrint.setItemLabelGenerator(
				choice -> getTranslation("space.locations.cardPrint." + choice.name().toLowerCase(Locale.ROOT)));
		binder.forField(cardPrint)
			.asRequired(getTranslation("office.required"))
			.bind(v -> v.cardPrint, (v, value) -> v.cardPrint = value);

		conflict.setId("location-conflict");
		conflict.addClassName("office-conflict");
		conflict.setVisible(false);
		error.setId("location-error");
		error.addClassName("office-error");
		error.setVisible(false);

		FormLayout form = new FormLayout(name, timeZone, languages, defaultLanguage, visits, families, active,
				twoFactor, cardPrint);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
		form.setColspan(languages, 2);
		add(conflict, error, form);

		Button save = new Button(getTranslation("office.save"), event -> save());
		save.setId("location-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("office.cancel"), event -> close());
		cancel.setId("location-cancel");
		getFooter().add(cancel, save);
		binder.readBean(values);
	}

	private IntegerField retention(String id, String labelKey, String helpKey) {
		IntegerField field = new IntegerField(getTranslation(labelKey));
		field.setId(id);
		field.setMin(LocationForm.RETENTION_MIN);
		field.setMax(LocationForm.RETENTION_MAX);
		field.setStepButtonsVisible(true);
		field.setHelperText(getTranslation(helpKey));
		return field;
	}

	private IntegerRangeValidator retentionRange() {
		return new IntegerRangeValidator(getTranslation("space.locations.error.retention"), LocationForm.RETENTION_MIN,
				LocationForm.RETENTION_MAX);
	}

	/** The default language is always one the kiosk offers. */
	private void followLanguages(List<String> offered) {
		String chosen = defaultLanguage.getValue();
		defaultLanguage.setItems(offered);
		if (!offered.isEmpty()) {
			defaultLanguage.setValue(chosen != null && offered.contains(chosen) ? chosen : offered.get(0));
		}
	}

	private void save() {
		if (!binder.writeBeanIfValid(values)) {
			return;
		}
		error.setVisible(false);
		try {
			if (existing == null) {
				service.create(values.toForm());
			}
			else {
				service.update(existing.id(), existing.version(), values.toForm());
			}
		}
		catch (OptimisticLockingFailureException ex) {
			showLatest();
			return;
		}
		catch (SpaceRuleException ex) {
			error.setText(getTranslation(ex.messageKey()));
			error.setVisible(true);
			return;
		}
		Notification.show(getTranslation("office.saved"));
		close();
		onSaved.run();
	}

	/** Someone saved first: show their version; saving again saves over it knowingly. */
	private void showLatest() {
		if (existing == null) {
			return;
		}
		existing = service.location(existing.id());
		values = Values.of(existing);
		defaultLanguage.setItems(values.languages);
		binder.readBean(values);
		conflict.setText(getTranslation("office.conflict"));
		conflict.setVisible(true);
		onSaved.run();
	}

}
