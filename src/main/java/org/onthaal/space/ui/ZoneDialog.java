package org.onthaal.space.ui;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
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
import org.onthaal.space.LocationSummary;
import org.onthaal.space.SpaceRuleException;
import org.onthaal.space.Zone;
import org.onthaal.space.ZoneForm;
import org.onthaal.space.ZoneKind;
import org.onthaal.space.ZoneService;

/**
 * Creates or edits a corner: the manager's own name for it, its name in each language the
 * kiosk offers (optional), what it is for, how many it holds and its pictogram.
 */
class ZoneDialog extends Dialog {

	/** The form's values while the manager edits them. */
	static final class Values {

		String name = "";

		ZoneKind kind = ZoneKind.PLAY;

		Integer capacity = 10;

		String pictogram = "PUZZLE_PIECE";

		boolean active = true;

		ZoneForm toForm(Map<String, String> labels) {
			return new ZoneForm(name, labels, kind, capacity, pictogram, active);
		}

	}

	private final transient ZoneService service;

	private final long locationId;

	private final @Nullable Zone existing;

	private final Runnable onSaved;

	private final Binder<Values> binder = new Binder<>();

	private final Values values = new Values();

	/**
	 * Translations of languages this kiosk does not offer (any more) are kept as they
	 * are.
	 */
	private final Map<String, String> labels = new LinkedHashMap<>();

	private final Map<String, TextField> labelFields = new LinkedHashMap<>();

	private final Paragraph error = new Paragraph();

	ZoneDialog(ZoneService service, LocationSummary location, @Nullable Zone existing, Runnable onSaved) {
		this.service = service;
		this.locationId = location.id();
		this.existing = existing;
		this.onSaved = onSaved;
		setId("zone-dialog");
		setHeaderTitle(getTranslation(existing == null ? "space.zones.new" : "space.zones.editTitle"));
		setWidth("min(720px, 100vw)");
		if (existing != null) {
			values.name = existing.name();
			values.kind = existing.kind();
			values.capacity = existing.capacity();
			values.pictogram = existing.pictogram();
			values.active = existing.active();
			labels.putAll(existing.labels());
		}

		TextField name = new TextField(getTranslation("space.zones.field.name"));
		name.setId("zone-name");
		name.setMaxLength(ZoneForm.NAME_MAX);
		name.setHelperText(getTranslation("space.zones.field.name.help"));
		binder.forField(name)
			.asRequired(getTranslation("office.required"))
			.withValidator(new StringLengthValidator(getTranslation("space.zones.error.name"), 1, ZoneForm.NAME_MAX))
			.bind(v -> v.name, (v, value) -> v.name = value);

		Select<ZoneKind> kind = new Select<>();
		kind.setId("zone-kind");
		kind.setLabel(getTranslation("space.zones.field.kind"));
		kind.setItems(ZoneKind.values());
		kind.setItemLabelGenerator(k -> getTranslation("space.zones.kind." + k.name()));
		binder.forField(kind).asRequired(getTranslation("office.required")).bind(v -> v.kind, (v, k) -> v.kind = k);

		IntegerField capacity = new IntegerField(getTranslation("space.zones.field.capacity"));
		capacity.setId("zone-capacity");
		capacity.setMin(ZoneForm.CAPACITY_MIN);
		capacity.setMax(ZoneForm.CAPACITY_MAX);
		capacity.setStepButtonsVisible(true);
		capacity.setHelperText(getTranslation("space.zones.field.capacity.help"));
		binder.forField(capacity)
			.asRequired(getTranslation("office.required"))
			.withValidator(new IntegerRangeValidator(getTranslation("space.zones.error.capacity"),
					ZoneForm.CAPACITY_MIN, ZoneForm.CAPACITY_MAX))
			.bind(v -> v.capacity, (v, value) -> v.capacity = value);

		PictogramSelect pictogram = new PictogramSelect("zone-pictogram",
				getTranslation("space.zones.field.pictogram"));
		binder.forField(pictogram)
			.asRequired(getTranslation("office.required"))
			.bind(v -> v.pictogram, (v, value) -> v.pictogram = value);

		Checkbox active = new Checkbox(getTranslation("office.active"));
		active.setId("zone-active");
		binder.forField(active).bind(v -> v.active, (v, value) -> v.active = value);

		FormLayout form = new FormLayout(name, kind, capacity, pictogram, active);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));

		FormLayout translations = new FormLayout();
		translations.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
				new FormLayout.ResponsiveStep("560px", 2));
		for (String language : location.kioskLanguages()) {
			TextField field = new TextField(Translations.nativeName(language));
			field.setId("zone-label-" + language);
			field.setMaxLength(ZoneForm.NAME_MAX);
			field.setValue(labels.getOrDefault(language, ""));
			field.getElement().setAttribute("lang", language);
			field.getElement()
				.setAttribute("dir", Translations.isRightToLeft(Locale.forLanguageTag(language)) ? "rtl" : "ltr");
			name.addValueChangeListener(event -> field.setPlaceholder(event.getValue()));
			labelFields.put(language, field);
			translations.add(field);
		}
		Div translated = new Div(new H3(getTranslation("space.zones.translations")),
				new Paragraph(getTranslation("space.zones.translations.help")), translations);
		translated.addClassName("space-translations");

		error.setId("zone-error");
		error.addClassName("office-error");
		error.setVisible(false);
		add(error, form, translated);

		Button save = new Button(getTranslation("office.save"), event -> save());
		save.setId("zone-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("office.cancel"), event -> close());
		cancel.setId("zone-cancel");
		getFooter().add(cancel, save);
		binder.readBean(values);
	}

	private void save() {
		if (!binder.writeBeanIfValid(values)) {
			return;
		}
		labelFields.forEach((language, field) -> labels.put(language, field.getValue()));
		try {
			if (existing == null) {
				service.create(locationId, values.toForm(labels));
			}
			else {
				service.update(locationId, existing.id(), values.toForm(labels));
			}
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

}
