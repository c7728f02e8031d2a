package org.onthaal.tuning.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.onthaal.tuning.Replay;
import org.onthaal.tuning.ReplayPreview;

/**
 * The replay's figures side by side: with the weights in use and with the ones on the
 * screen, on the same visits and host moments, and what the replay does not show.
 */
class PreviewTable extends Composite<Div> {

	private final Paragraph stale = new Paragraph();

	PreviewTable() {
		getContent().setId("tuning-result");
		getContent().addClassName("tuning-result");
		getContent().setVisible(false);
		stale.setId("tuning-stale");
		stale.addClassName("tuning-stale");
	}

	void show(ReplayPreview replay, Locale locale) {
		Div content = getContent();
		content.removeAll();
		content.setVisible(true);
		content.add(new H2(getTranslation("tuning.preview.title")));
		if (replay.visits() == 0) {
			Paragraph none = new Paragraph(getTranslation("tuning.preview.none"));
			none.setId("tuning-result-none");
			content.add(none);
			return;
		}
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		Paragraph what = new Paragraph(
				getTranslation("tuning.preview.period", dates.format(replay.from()), dates.format(replay.to())) + " "
						+ getTranslation("tuning.preview.counted", replay.days(), replay.visits()));
		what.setId("tuning-result-what");
		Paragraph host = new Paragraph(getTranslation(
				replay.hostMomentsRecorded() ? "tuning.preview.hostsRecorded" : "tuning.preview.hostsAssumed",
				replay.hostMoments()));
		host.setId("tuning-result-host");

		Div table = new Div();
		table.addClassName("tuning-table");
		table.setId("tuning-table");
		table.getElement().setAttribute("role", "table");
		table.add(line("head", getTranslation("tuning.preview.measure"), getTranslation("tuning.preview.now"),
				getTranslation("tuning.preview.proposed")));
		table.add(figure("introduced", replay,
				f -> share(f.introducedShare(), f.introducedVisits(), f.openVisits(), locale)));
		table.add(figure("bridging", replay, f -> share(f.bridgingShare(), f.bridgingPairs(), f.pairs(), locale)));
		table.add(figure("newcomers", replay,
				f -> share(f.newcomersReachedShare(), f.newcomersReached(), f.newcomers(), locale)));
		table.add(figure("waiting", replay,
				f -> getTranslation("tuning.preview.minutes", Numbers.shown(f.averageWaitMinutes(), locale))));
		Paragraph limits = new Paragraph(getTranslation("tuning.preview.limits"));
		limits.addClassName("tuning-limits");
		stale.setVisible(false);
		content.add(what, host, table);
		if (table.getChildren().noneMatch(line -> line.hasClassName("tuning-changed"))) {
			Paragraph same = new Paragraph(getTranslation("tuning.preview.same"));
			same.setId("tuning-result-same");
			same.addClassName("tuning-same");
			content.add(same);
		}
		content.add(stale, limits);
	}

	/** A value changed after the figures were shown: they no longer match the fields. */
	void markStale() {
		if (getContent().isVisible()) {
			stale.setText(getTranslation("tuning.preview.stale"));
			stale.setVisible(true);
		}
	}

	private Div figure(String name, ReplayPreview replay, Function<Replay.Figures, String> shown) {
		String now = shown.apply(replay.current());
		String proposed = shown.apply(replay.proposed());
		Div line = line(name, getTranslation("tuning.preview." + name), now, proposed);
		if (!now.equals(proposed)) {
			line.addClassName("tuning-changed");
		}
		return line;
	}

	private static Div line(String name, String label, String now, String proposed) {
		Span what = new Span(label);
		what.getElement().setAttribute("role", name.equals("head") ? "columnheader" : "rowheader");
		Span before = new Span(now);
		before.setId("tuning-" + name + "-now");
		Span after = new Span(proposed);
		after.setId("tuning-" + name + "-proposed");
		for (Span cell : new Span[] { before, after }) {
			cell.getElement().setAttribute("role", name.equals("head") ? "columnheader" : "cell");
		}
		Div line = new Div(what, before, after);
		line.addClassName(name.equals("head") ? "tuning-head" : "tuning-line");
		line.getElement().setAttribute("role", "row");
		return line;
	}

	private String share(double share, int part, int whole, Locale locale) {
		return getTranslation("tuning.preview.share", Numbers.percent(share, locale), part, whole);
	}

}
