package org.onthaal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tigrinya (Ethiopic script), Tamazight (Tifinagh) and Dari show in their own script in
 * the kiosk's language picker, drawn with a font that has the letters (no tofu boxes):
 * Chromium itself says which font it used. Needs Debian's fonts-noto-core, which
 * kiosk-setup installs on every kiosk.
 */
class KioskLanguageScriptsIT extends BrowserTestBase {

	@Test
	void ethiopicTifinaghAndDariShowInTheirOwnScriptWithARealFont() {
		KioskPage kiosk = new KioskPage(newKiosk(1280, 800));
		Page page = kiosk.page();
		page.navigate(url("kiosk"));
		// the first page of a fresh test run may take a while on a busy machine
		assertThat(page.locator("#kiosk-start"))
			.isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		kiosk.startIn("nl", "new");
		page.locator("#kiosk-nickname input").fill("Selam");
		kiosk.next();

		assertThat(page.locator("#kiosk-language-ti")).hasText("ትግርኛ");
		assertThat(page.locator("#kiosk-language-ber")).hasText("Tamaziɣt / ⵜⴰⵎⴰⵣⵉⵖⵜ");
		page.locator("#kiosk-language-more input").fill("Dari");
		assertThat(page.locator("vaadin-combo-box-item")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("دری"))).isVisible();
		screenshot(page, "kiosk-language-scripts");

		// every font Chromium drew the letters with has them, by fontconfig (which
		// Chromium asks on Linux); a missing letter would be drawn from the first font of
		// the stack, which has none of them
		assertThat(fontsUsedFor(page, "#kiosk-language-ti", "ትግርኛ")).isNotEmpty().allMatch(fontsFor("ti")::contains);
		assertThat(fontsUsedFor(page, "#kiosk-language-ber", "ⵜⴰⵎⴰⵣⵉⵖⵜ")).isNotEmpty()
			.allMatch(fontsFor("ber-ma")::contains);
	}

	/** The font families installed here that fontconfig says cover the language. */
	private static Set<String> fontsFor(String language) {
		try {
			Process fcList = new ProcessBuilder("fc-list", ":lang=" + language, "family").start();
			Set<String> families = new HashSet<>();
			try (var lines = fcList.inputReader(StandardCharsets.UTF_8)) {
				lines.lines().forEach(line -> families.addAll(Arrays.asList(line.split(","))));
			}
			fcList.waitFor(30, TimeUnit.SECONDS);
			return families;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The fonts Chromium draws the element's text with in the element's font stack
	 * (DevTools protocol). A Vaadin button draws its text in its shadow DOM, out of the
	 * protocol's reach, so a plain probe with the same text and font stack stands in.
	 */
	private static List<String> fontsUsedFor(Page page, String selector, String text) {
		page.evaluate("""
				([selector, text]) => {
				  const shown = document.querySelector(selector);
				  const probe = document.createElement('span');
				  probe.id = 'font-probe';
				  probe.style.fontFamily = getComputedStyle(shown).fontFamily;
				  probe.lang = shown.lang;
				  probe.textContent = text;
				  document.body.append(probe);
				}""", List.of(selector, text));
		CDPSession cdp = page.context().newCDPSession(page);
		cdp.send("DOM.enable");
		cdp.send("CSS.enable");
		JsonObject documentParams = new JsonObject();
		documentParams.addProperty("depth", 0);
		int root = cdp.send("DOM.getDocument", documentParams).getAsJsonObject("root").get("nodeId").getAsInt();
		JsonObject query = new JsonObject();
		query.addProperty("nodeId", root);
		query.addProperty("selector", "#font-probe");
		int node = cdp.send("DOM.querySelector", query).get("nodeId").getAsInt();
		JsonObject fontsParams = new JsonObject();
		fontsParams.addProperty("nodeId", node);
		List<String> fonts = new ArrayList<>();
		for (JsonElement font : cdp.send("CSS.getPlatformFontsForNode", fontsParams).getAsJsonArray("fonts")) {
			if (font.getAsJsonObject().get("glyphCount").getAsInt() > 0) {
				fonts.add(font.getAsJsonObject().get("familyName").getAsString());
			}
		}
		cdp.detach();
		page.evaluate("document.getElementById('font-probe').remove()");
		return fonts;
	}

}
