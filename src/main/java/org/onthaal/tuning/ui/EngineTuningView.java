package org.onthaal.tuning.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.security.StaffRoles;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;
import org.onthaal.space.ui.SelectedLocation;
import org.onthaal.tuning.EngineTuningService;
import org.onthaal.tuning.TunedWeights;
import org.onthaal.tuning.WeightRules;
import org.onthaal.tuning.WeightSetting;
import org.onthaal.tuning.WeightsRejected;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The engine's weights for the chosen place, one control a weight with its reason in
 * words, grouped by what they do; beside them the buttons and the replay of the last four
 * weeks. Nothing is stored until Save; the preview only reads.
 */
@Route("office/engine")
@RolesAllowed(StaffRoles.MANAGER)
@StyleSheet("styles/office-tuning.css")
public class EngineTuningView extends Main implements HasDynamicTitle {

	private final transient EngineTuningService tuning;

	private final Map<WeightSetting, NumberField> fields = new EnumMap<>(WeightSetting.class);

	private final Paragraph status = new Paragraph();

	private final Paragraph error = new Paragraph();

	private final PreviewTable preview = new PreviewTable();

	private long locationId;

	private String placeName = "";

	private ZoneId zone = ZoneId.systemDefault();

	/** The weights the manager started from, to notice someone else's save. */
	private Map<WeightSetting, Double> loaded = Map.of();

	public EngineTuningView(EngineTuningService tuning, LocationService locations) {
		this.tuning = tuning;
		addClassNames("office-page", "tuning-page");
		add(new H1(getTranslation("tuning.title")));
		LocationSummary location = SelectedLocation.current(locations).orElse(null);
		if (location == null) {
			Paragraph none = new Paragraph(getTranslation("office.noLocation"));
			none.setId("tuning-no-location");
			add(none);
			return;
		}
		locationId = location.id();
		placeName = location.name();
		zone = location.timeZone();
		Paragraph intro = new Paragraph(getTranslation("tuning.intro"));
		intro.setId("tuning-intro");
		status.setId("tuning-status");
		status.addClassName("tuning-status");

		Div settings = new Div();
		settings.addClassName("tuning-settings");
		for (WeightSetting.Group group : WeightSetting.Group.values()) {
			settings.add(group(group));
		}
		add(intro, status, new Div(settings, side()));
		show(tuning.weights(locationId));
	}

	private Section group(WeightSetting.Group group) {
		Section section = new Section(new H2(getTranslation("tuning.group." + group)),
				new Paragraph(getTranslation("tuning.group." + group + ".help")));
		section.addClassName("tuning-group");
		section.setId("tuning-group-" + group.name().toLowerCase(Locale.ROOT));
		for (WeightSetting setting : WeightSetting.values()) {
			if (setting.group() == group) {
				section.add(row(setting));
			}
		}
		return section;
	}

	private Div row(WeightSetting setting) {
		String label = getTranslation("tuning." + setting.key() + ".label");
		Span name = new Span(label);
		name.addClassName("tuning-name");
		Paragraph reason = new Paragraph(getTranslation("tuning." + setting.key() + ".reason"));
		reason.addClassName("tuning-reason");
		Span bounds = new Span(getTranslation("tuning.default", WeightRules.shown(setting.byDefault())) + " · "
				+ getTranslation("tuning.range", WeightRules.shown(setting.min()), WeightRules.shown(setting.max())));
		bounds.addClassName("tuning-bounds");

		NumberField field = new NumberField();
		field.setId("tuning-" + setting.key());
		field.setAriaLabel(label);
		field.setMin(setting.min());
		field.setMax(setting.max());
		field.setStep(setting.whole() ? 1 : 0.5);
		field.setStepButtonsVisible(true);
		// our rules check the values, with our messages; the browser's check would
		// refuse values between two steps (2.25) that the engine can use
		field.setManualValidation(true);
		field.addValueChangeListener(event -> {
			if (event.isFromClient()) {
				preview.markStale();
			}
		});
		fields.put(setting, field);
		Div text = new Div(name, reason, bounds);
		text.addClassName("tuning-text");
		Div row = new Div(text, field);
		row.addClassName("tuning-row");
		return row;
	}

	private Aside side() {
		Button showPreview = new Button(getTranslation("tuning.preview"), event -> preview());
		showPreview.setId("tuning-preview");
		Button save = new Button(getTranslation("tuning.save"), event -> save());
		save.setId("tuning-save");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		Button restore = new Button(getTranslation("tuning.restore"), event -> confirmRestore());
		restore.setId("tuning-restore");
		Div buttons = new Div(showPreview, save, restore);
		buttons.addClassName("tuning-buttons");
		error.setId("tuning-error");
		error.addClassName("tuning-error");
		error.setVisible(false);
		Aside side = new Aside(buttons, error, preview);
		side.addClassName("tuning-side");
		return side;
	}

	private void show(TunedWeights weights) {
		loaded = weights.values();
		weights.values().forEach((setting, value) -> fields.get(setting).setValue(value));
		clearProblems();
		if (weights.defaults() || weights.changedAt() == null) {
			status.setText(getTranslation("tuning.usingDefaults"));
		}
		else {
			String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
				.withLocale(getLocale())
				.withZone(zone)
				.format(weights.changedAt());
			status.setText(getTranslation("tuning.changedBy", weights.changedBy(), when));
		}
	}

	private Map<WeightSetting, @Nullable Double> proposed() {
		Map<WeightSetting, @Nullable Double> values = new EnumMap<>(WeightSetting.class);
		fields.forEach((setting, field) -> values.put(setting, field.getValue()));
		return values;
	}

	private void preview() {
		clearProblems();
		try {
			preview.show(tuning.preview(locationId, proposed()), getLocale());
		}
		catch (WeightsRejected rejected) {
			showProblems(rejected);
		}
	}

	private void save() {
		clearProblems();
		try {
			boolean changed = tuning.save(locationId, loaded, proposed());
			show(tuning.weights(locationId));
			notify(getTranslation(changed ? "tuning.saved" : "tuning.unchanged"));
		}
		catch (WeightsRejected rejected) {
			showProblems(rejected);
		}
		catch (OptimisticLockingFailureException conflict) {
			show(tuning.weights(locationId));
			showError(getTranslation("office.conflict"));
		}
	}

	private void confirmRestore() {
		Dialog dialog = new Dialog();
		dialog.setId("tuning-restore-dialog");
		dialog.setHeaderTitle(getTranslation("tuning.restore"));
		Paragraph question = new Paragraph(getTranslation("tuning.restore.question", placeName));
		question.setId("tuning-restore-question");
		dialog.add(question);
		Button cancel = new Button(getTranslation("office.cancel"), event -> dialog.close());
		cancel.setId("tuning-restore-cancel");
		Button confirm = new Button(getTranslation("tuning.restore.confirm"), event -> {
			dialog.close();
			boolean restored = tuning.restoreDefaults(locationId);
			show(tuning.weights(locationId));
			preview.markStale();
			notify(getTranslation(restored ? "tuning.restored" : "tuning.alreadyDefaults"));
		});
		confirm.setId("tuning-restore-confirm");
		confirm.addThemeVariants(ButtonVariant.PRIMARY);
		dialog.getFooter().add(cancel, confirm);
		dialog.open();
	}

	private void showProblems(WeightsRejected rejected) {
		boolean someField = false;
		for (WeightRules.Problem problem : rejected.problems()) {
			String message = getTranslation(problem.messageKey(), problem.arguments().toArray());
			if (problem.setting() == null) {
				showError(message);
			}
			else {
				NumberField field = fields.get(problem.setting());
				field.setInvalid(true);
				field.setErrorMessage(message);
				someField = true;
			}
		}
		if (someField) {
			String shown = error.isVisible() ? error.getText() + " " : "";
			showError(shown + getTranslation("tuning.error.fields"));
		}
	}

	private void showError(String message) {
		error.setText(message);
		error.setVisible(true);
	}

	private void clearProblems() {
		fields.values().forEach(field -> {
			field.setInvalid(false);
			field.setErrorMessage(null);
		});
		error.setText("");
		error.setVisible(false);
	}

	private static void notify(String message) {
		Notification.show(message, 3000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.SUCCESS);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("tuning.title");
	}

}
