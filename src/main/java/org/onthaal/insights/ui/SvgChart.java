package org.onthaal.insights.ui;

import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart drawn on the server as SVG. The page shows it as an {@code <img>} from a
 * {@code data:} URI: a browser never runs scripts in an image, so nothing in a chart
 * (corner names are typed by staff) can reach the page, and it prints sharply.
 */
record SvgChart(String svg) {

	static SvgChart draw(JFreeChart chart, int width, int height) {
		SVGGraphics2D g2 = new SVGGraphics2D(width, height);
		chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
		return new SvgChart(g2.getSVGElement());
	}

	String dataUri() {
		return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
	}

}
