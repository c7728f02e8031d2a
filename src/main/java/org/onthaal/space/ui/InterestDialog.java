package org.onthaal.space.ui;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.i18n.Translations;
import org.onthaal.space.CatalogueInterest;
import org.onthaal.space.InterestCatalogueService;
import org.onthaal.space.InterestForm;
import org.onthaal.space.PictogramSet;
import org.onthaal.space.SpaceRuleException;

/**
 * Edits an interest (or adds one of the manager's own): its pictogram, whether the kiosk
 * offers it, and its label per screen language. A blank label keeps the built-in one,
 * shown as the field's placeholder.
 */
class InterestDialog extends Dialog {

	private final transient InterestCatalogueService service;

	private final @Nullable CatalogueInterest existing;

	private final Runnable onSaved;

	private final PictogramSelect pictogram;

	private final Checkbox active = new Checkbox();

	private final Map<String, TextField> labelFields = new LinkedHashMap<>();

	private final Paragraph error = new Paragraph();

	InterestDialog(InterestCatalogueService service, @Nullable CatalogueInterest existing, Runnable onSaved) {
		this.service = service;
		this.existing = existing;
		this.onSaved = onSaved;
		boolean builtIn = existing != null && existing.builtIn();
		setId("interest-dialog");
		setHeaderTitle(getTranslation(existing == null ? "space.interests.new" : "space.interests.editTitle"));
		setWidth("min(760px, 100vw)");

		pictogram = new PictogramSelect("interest-pictogram", getTranslation("space.interests.field.pictogram"));
		String picture = existing == null ? "HEART" : existing.pictogram();
		if (PictogramSet.contains(picture)) {
			// a pictogram from outside the set stays until the manager picks one from it
			pictogram.setValue(picture);
		}
		active.setLabel(getTranslation("space.interests.field.active"));
		active.setId("interest-active");
		active.setValue(existing == null || existing.active());

		FormLayout labels = new FormLayout();
		labels.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
		for (Locale language : Translations.SCREEN_LANGUAGES) {
			String code = language.getLanguage();
			TextField field = new TextField(Translations.nativeName(code));
			field.setId("interest-label-" + code);
			field.setMaxLength(InterestForm.LABEL_MAX);
			field.getElement().setAttribute("lang", code);
			field.getElement().setAttribute("dir", Translations.isRightToLeft(language) ? "rtl" : "ltr");
			if (existing != null) {
				field.setValue(existing.labels().getOrDefault(code, ""));
				if (builtIn) {
					field.setPlaceholder(getTranslation(language, existing.bundleKey()));
				}
			}
			labelFields.put(code, field);
			labels.add(field);
		}

		error.setId("interest-error");
		error.addClassName("office-error");
		error.setVisible(false);
		FormLayout top = new FormLayout(pictogram, active);
		add(error, top, new H3(getTranslation("space.interests.labels")),
				new Paragraph(
						getTranslation(builtIn ? "space.interests.labels.builtIn" : "space.interests.labels.own")),
				labels);

		Button save = new Button(getTranslation("office.save"), event -> save());
		save.setId("interest-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("office.cancel"), event -> close());
		cancel.setId("interest-cancel");
		getFooter().add(cancel, save);
	}

	private void save() {
		Map<String, String> labels = new LinkedHashMap<>();
		labelFields.forEach((code, field) -> labels.put(code, field.getValue()));
		String picture = pictogram.getValue() == null && existing != null ? existing.pictogram() : pictogram.getValue();
		InterestForm form = new InterestForm(picture == null ? "" : picture, labels, active.getValue());
		try {
			if (existing == null) {
				service.create(form);
			}
			else {
				service.update(existing.id(), form);
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
