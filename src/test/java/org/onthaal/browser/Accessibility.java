package org.onthaal.browser;

import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on the page as it is now: no serious or critical WCAG 2.1 A/AA violations
 * allowed.
 */
final class Accessibility {

	private Accessibility() {
	}

	static void assertNoSeriousViolations(Page page, String screen) {
		AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze();
		List<Rule> serious = results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.toList();
		List<String> minor = results.getViolations()
			.stream()
			.filter(rule -> !serious.contains(rule))
			.map(rule -> rule.getId() + " (" + rule.getImpact() + ")")
			.toList();
		System.out.printf("AXE %s: %d serious/critical, %d other %s, %d rules passed%n", screen, serious.size(),
				minor.size(), minor, results.getPasses().size());
		assertThat(serious)
			.as("serious or critical axe violations on %s: %s", screen,
					serious.stream().map(rule -> rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes()).toList())
			.isEmpty();
	}

	/**
	 * axe-core with the WCAG 2.2 A/AA tags: no violation of any impact allowed. Returns
	 * the summary line.
	 */
	static String assertNoViolations(Page page, String screen) {
		AxeResults results = new AxeBuilder(page)
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"))
			.analyze();
		List<String> violations = results.getViolations()
			.stream()
			.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
			.toList();
		assertThat(violations).as("axe WCAG 2.2 AA violations on %s", screen).isEmpty();
		return String.format("AXE %s: 0 violations, %d rules passed", screen, results.getPasses().size());
	}

}
