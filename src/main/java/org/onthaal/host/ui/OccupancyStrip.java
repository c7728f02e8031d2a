package org.onthaal.host.ui;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.onthaal.base.ui.Pictograms;
import org.onthaal.base.ui.Stepper;
import org.onthaal.space.LocationSummary;
import org.onthaal.space.OccupancyService;
import org.onthaal.space.Zone;

/**
 * "Where are people now?": a count per corner with big minus and plus buttons and one tap
 * to save them all as a snapshot ("3 at the play mat, coffee corner empty"). Folded away
 * by default so the board stays glanceable; the counts stay after saving, since the next
 * look often differs by only one or two.
 */
@StyleSheet("styles/office-space.css")
class OccupancyStrip extends Details {

	private final transient OccupancyService occupancy;

	private final LocationSummary location;

	private final Map<Long, Stepper> counts = new LinkedHashMap<>();

	private final Span saved = new Span();

	OccupancyStrip(OccupancyService occupancy, LocationSummary location, List<Zone> corners) {
		this.occupancy = occupancy;
		this.location = location;
		setId("occupancy");
		addClassName("occupancy-strip");
		setSummaryText(getTranslation("host.occupancy.title"));
		String language = getLocale().getLanguage();
		Div rows = new Div();
		rows.addClassName("occupancy-rows");
		for (Zone corner : corners) {
			Icon pictogram = Pictograms.icon(corner.pictogram());
			pictogram.addClassName("occupancy-pictogram");
			pictogram.getElement().setAttribute("aria-hidden", "true");
			Stepper count = new Stepper("occupancy-" + corner.id(), 0, OccupancyService.HEADCOUNT_MAX, 0);
			count.setTexts(corner.label(language), getTranslation("kiosk.less"), getTranslation("kiosk.more"));
			count.addComponentAsFirst(pictogram);
			count.addClassName("occupancy-corner");
			counts.put(corner.id(), count);
			rows.add(count);
		}
		Button save = new Button(getTranslation("host.occupancy.save"), VaadinIcon.CHECK.create(), event -> save());
		save.setId("occupancy-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClassName("occupancy-save");
		saved.setId("occupancy-saved");
		saved.addClassName("occupancy-saved");
		saved.getElement().setAttribute("role", "status");
		Div footer = new Div(save, saved);
		footer.addClassName("occupancy-footer");
		add(rows, footer);
	}

	private void save() {
		Map<Long, Integer> headcounts = new LinkedHashMap<>();
		counts.forEach((zoneId, stepper) -> headcounts.put(zoneId, stepper.getCount()));
		OffsetDateTime takenAt = occupancy.saveSnapshot(location.id(), headcounts);
		String time = takenAt.atZoneSameInstant(location.timeZone())
			.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()));
		saved.setText(getTranslation("host.occupancy.saved", time));
	}

}
