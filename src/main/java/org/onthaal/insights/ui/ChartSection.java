package org.onthaal.insights.ui;

import java.util.List;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * One chart as people look at it, with what it says in words (its alternative text) and,
 * below it, its key figures as a table screen readers can walk through.
 */
class ChartSection extends Section {

	ChartSection(String id, String heading, SvgChart chart, String summary, Figures figures) {
		setId(id);
		addClassName("insight-section");
		H2 title = new H2(heading);
		Image image = new Image(chart.dataUri(), summary);
		image.setId(id + "-image");
		image.addClassName("insight-chart");
		Paragraph words = new Paragraph(summary);
		words.setId(id + "-summary");
		words.addClassName("insight-summary");
		// the image's alternative text already says this to screen readers
		words.getElement().setAttribute("aria-hidden", "true");
		add(title, image, words, figures.table(id + "-figures"));
	}

	/** A small table: a caption, column headings and rows of text. */
	record Figures(String caption, List<String> headings, List<List<String>> rows) {

		NativeTable table(String id) {
			NativeTable table = new NativeTable();
			table.setId(id);
			table.addClassName("insight-figures");
			// a wide table (a heat map of a day open from 0 to 24 h) scrolls sideways in
			// its section: keyboard users reach it by Tab and scroll it with the arrows
			table.getElement().setAttribute("tabindex", "0");
			table.setCaptionText(caption);
			NativeTableRow head = table.getHead().addRow();
			headings.forEach(heading -> head.addHeaderCell().setText(heading));
			rows.forEach(cells -> {
				NativeTableRow row = table.getBody().addRow();
				for (int i = 0; i < cells.size(); i++) {
					if (i == 0) {
						// the first cell names the row
						var cell = row.addHeaderCell();
						cell.setText(cells.get(i));
						cell.getElement().setAttribute("scope", "row");
					}
					else {
						row.addDataCell().setText(cells.get(i));
					}
				}
			});
			return table;
		}

	}

}
