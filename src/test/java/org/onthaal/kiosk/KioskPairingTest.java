package org.onthaal.kiosk;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onthaal.base.security.Sha256;
import org.onthaal.KaribuTest;
import org.onthaal.base.i18n.Translations;
import org.onthaal.kiosk.ui.KioskCookie;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.KIOSK_DEVICE;
import static org.onthaal.db.Tables.VISIT;

/**
 * The device side: a kiosk without a valid token shows only the pairing screen; the right
 * code gives it a token cookie and its meeting place; wrong, expired and used codes are
 * refused in the screen's language; a revoked kiosk falls back to pairing.
 */
class KioskPairingTest extends KaribuTest {

	@Autowired
	private KioskPairing pairing;

	@Autowired
	private PairingThrottle throttle;

	@Autowired
	private Translations translations;

	@AfterEach
	void forgetWrongCodes() {
		throttle.succeeded(address());
	}

	@Test
	void theRightCodeGivesTheDeviceATokenCookieAndItsMeetingPlace() {
		long second = locations.create("Tweede plek", ZoneId.of("Europe/Brussels"), false);
		PairingCodeIssued issued = register(second, "Voordeur");
		UI.getCurrent().navigate("kiosk");
		assertPairingScreenOnly();

		String typed = issued.code().substring(0, 4).toLowerCase(Locale.ROOT) + "-" + issued.code().substring(4);
		_setValue(_get(TextField.class, spec -> spec.withId("kiosk-pair-code")), typed);
		_click(_get(Button.class, spec -> spec.withId("kiosk-pair-submit")));

		Cookie cookie = responseCookie();
		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getAttribute("SameSite")).isEqualTo("Strict");
		assertThat(cookie.getMaxAge()).isGreaterThan(4 * 365 * 24 * 3600);
		assertThat(cookie.getValue()).hasSize(43).matches("[A-Za-z0-9_-]+");
		var device = dsl.selectFrom(KIOSK_DEVICE).fetchSingle();
		assertThat(device.getTokenHash()).isEqualTo(Sha256.hex(cookie.getValue()));
		assertThat(device.getPairedAt()).isNotNull();
		assertThat(device.getPairingCodeHash()).isNull();
		assertThat(device.getPairingExpiresAt()).isNull();
		assertThat(dsl.fetchValue(AUDIT_EVENT.ACTOR, AUDIT_EVENT.ACTION.eq("KIOSK_PAIRED"))).isEqualTo("kiosk");

		// at once the welcome screen, and a check-in lands at the device's place
		assertThat(_find(TextField.class, spec -> spec.withId("kiosk-pair-code"))).isEmpty();
		tap("kiosk-start");
		tap("kiosk-choose-nl");
		tap("kiosk-choice-new");
		_setValue(_get(TextField.class, spec -> spec.withId("kiosk-nickname")), "Amal");
		tap("kiosk-step-next");
		tap("kiosk-language-ar");
		tap("kiosk-step-next");
		tap("kiosk-step-next");
		tap("kiosk-step-next");
		tap("kiosk-meet-yes");
		tap("kiosk-confirm");
		var visit = dsl.selectFrom(VISIT).fetchSingle();
		assertThat(visit.getLocationId()).isEqualTo(second);
		assertThat(visit.getKioskDeviceId()).isEqualTo(device.getId());
	}

	@Test
	void aForwardedProtocolHeaderAloneDoesNotMakeTheCookieSecure() {
		// whether the request is https is the proxy valve's answer (it believes the
		// header
		// only from a trusted proxy); the raw header may come from anyone
		FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
		request.getHeaders().put("X-Forwarded-Proto", List.of("https"));
		PairingCodeIssued issued = register(locationId, "Voordeur");
		UI.getCurrent().navigate("kiosk");

		enterCode(issued.code());

		Cookie cookie = responseCookie();
		assertThat(cookie).isNotNull();
		assertThat(cookie.getSecure()).isFalse();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getAttribute("SameSite")).isEqualTo("Strict");
	}

	@Test
	void theTokenKeepsTheKioskPairedWhenItOpensAgain() {
		TestKiosks.Paired p = TestKiosks.pairAndUse(ctx, locationId);
		System.out.println(
				"RECOG " + pairing.recognise(p.token()) + " " + p.token() + " " + dsl.selectFrom(KIOSK_DEVICE).fetch());
		UI.getCurrent().navigate("kiosk");
		System.out
			.println("TREE " + com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt.toPrettyTree(UI.getCurrent()));
		System.out.println(
				"COOKIES " + java.util.Arrays.toString(com.vaadin.flow.server.VaadinRequest.getCurrent().getCookies()));

		assertThat(_find(Button.class, spec -> spec.withId("kiosk-start"))).hasSize(1);
		assertThat(_find(TextField.class, spec -> spec.withId("kiosk-pair-code"))).isEmpty();
		// opening renews the cookie, since browsers cap a cookie's life at about 400
		// days
		assertThat(responseCookie()).isNotNull();
	}

	@Test
	void aWrongCodeIsRefusedInTheScreenLanguage() {
		register(locationId, "Voordeur");
		UI.getCurrent().navigate("kiosk");
		tap("screen-language-fr");

		enterCode("ZZZZ ZZZZ");

		assertThat(errorText()).isEqualTo(translations.getTranslation("kiosk.pair.wrong", Locale.FRENCH));
		assertThat(responseCookie()).isNull();
		assertPairingScreenOnly();
		assertThat(dsl.fetchValue(KIOSK_DEVICE.PAIRED_AT)).isNull();
	}

	@Test
	void anExpiredCodeIsRefused() {
		PairingCodeIssued issued = register(locationId, "Voordeur");
		dsl.update(KIOSK_DEVICE)
			.set(KIOSK_DEVICE.PAIRING_EXPIRES_AT, OffsetDateTime.now(clock).minusSeconds(1))
			.execute();
		UI.getCurrent().navigate("kiosk");

		enterCode(issued.code());

		assertThat(errorText()).isEqualTo(t("kiosk.pair.wrong"));
		assertPairingScreenOnly();
		assertThat(dsl.fetchValue(KIOSK_DEVICE.TOKEN_HASH)).isNull();
	}

	@Test
	void aUsedCodeIsRefused() {
		PairingCodeIssued issued = register(locationId, "Voordeur");
		assertThat(pairing.pair(issued.code(), "10.0.0.7").succeeded()).isTrue();
		String tokenHash = dsl.fetchValue(KIOSK_DEVICE.TOKEN_HASH);
		UI.getCurrent().navigate("kiosk");

		enterCode(issued.code());

		assertThat(errorText()).isEqualTo(t("kiosk.pair.wrong"));
		assertPairingScreenOnly();
		assertThat(dsl.fetchValue(KIOSK_DEVICE.TOKEN_HASH)).isEqualTo(tokenHash);
	}

	@Test
	void fiveWrongCodesMakeTheAddressWait() {
		PairingCodeIssued issued = register(locationId, "Voordeur");
		UI.getCurrent().navigate("kiosk");
		for (int i = 0; i < PairingThrottle.FREE_ATTEMPTS - 1; i++) {
			enterCode("ZZZZZZZZ");
			assertThat(errorText()).isEqualTo(t("kiosk.pair.wrong"));
		}
		enterCode("ZZZZZZZZ");
		assertThat(errorText()).isEqualTo(t("kiosk.pair.locked", 30L));

		enterCode(issued.code());
		assertThat(errorText()).startsWith(t("kiosk.pair.locked", 30L).substring(0, 10));
		assertThat(dsl.fetchValue(KIOSK_DEVICE.PAIRED_AT)).as("even the right code waits").isNull();
	}

	@Test
	void anUnknownTokenSeesOnlyThePairingScreen() {
		TestKiosks.sendToken("A".repeat(43));
		UI.getCurrent().navigate("kiosk");

		assertPairingScreenOnly();
	}

	@Test
	void aRevokedTokenSeesOnlyThePairingScreen() {
		TestKiosks.Paired kiosk = TestKiosks.pairAndUse(ctx, locationId);
		revoke(kiosk.deviceId());

		UI.getCurrent().getPage().reload();

		assertPairingScreenOnly();
		assertThat(pairing.recognise(kiosk.token())).isEmpty();
	}

	@Test
	void anOpenKioskThatIsRevokedDropsToPairingAtItsNextCheck() {
		TestKiosks.Paired kiosk = TestKiosks.pairAndUse(ctx, locationId);
		UI.getCurrent().navigate("kiosk");
		assertThat(_find(Button.class, spec -> spec.withId("kiosk-start"))).hasSize(1);

		revoke(kiosk.deviceId());
		poll();

		assertPairingScreenOnly();
	}

	@Test
	void aKioskRevokedWhileAFamilyFillsInStoresNothing() {
		TestKiosks.Paired kiosk = TestKiosks.pairAndUse(ctx, locationId);
		UI.getCurrent().navigate("kiosk");
		tap("kiosk-start");
		tap("kiosk-choose-nl");
		tap("kiosk-choice-new");
		_setValue(_get(TextField.class, spec -> spec.withId("kiosk-nickname")), "Noor");
		tap("kiosk-step-next");
		tap("kiosk-language-nl");
		tap("kiosk-step-next");
		tap("kiosk-step-next");
		tap("kiosk-step-next");
		tap("kiosk-meet-yes");

		revoke(kiosk.deviceId());
		tap("kiosk-confirm");

		assertThat(dsl.fetchCount(FAMILY)).isZero();
		assertPairingScreenOnly();
	}

	@Test
	void anOpenKioskIsSeenAtMostOnceAMinute() {
		clock.setTo(Instant.parse("2026-12-01T14:00:00Z"));
		TestKiosks.Paired kiosk = TestKiosks.pairAndUse(ctx, locationId);
		OffsetDateTime longAgo = OffsetDateTime.now(clock).minusMinutes(10);
		setLastSeen(kiosk.deviceId(), longAgo);

		UI.getCurrent().getPage().reload();
		OffsetDateTime seen = dsl.fetchValue(KIOSK_DEVICE.LAST_SEEN_AT);
		assertThat(seen.toInstant()).isEqualTo(clock.instant());

		OffsetDateTime halfAMinuteAgo = OffsetDateTime.now(clock).minusSeconds(30);
		setLastSeen(kiosk.deviceId(), halfAMinuteAgo);
		poll();
		assertThat(dsl.fetchValue(KIOSK_DEVICE.LAST_SEEN_AT).toInstant()).isEqualTo(halfAMinuteAgo.toInstant());

		setLastSeen(kiosk.deviceId(), longAgo);
		poll();
		assertThat(dsl.fetchValue(KIOSK_DEVICE.LAST_SEEN_AT).toInstant()).isEqualTo(clock.instant());
	}

	// ---- helpers ----

	private PairingCodeIssued register(long location, String name) {
		return TestKiosks.register(ctx, location, name);
	}

	private void revoke(long deviceId) {
		TestKiosks.revoke(ctx, deviceId);
	}

	private void setLastSeen(long deviceId, OffsetDateTime when) {
		dsl.update(KIOSK_DEVICE).set(KIOSK_DEVICE.LAST_SEEN_AT, when).where(KIOSK_DEVICE.ID.eq(deviceId)).execute();
	}

	private static void poll() {
		UI ui = UI.getCurrent();
		ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
	}

	private static void tap(String id) {
		_click(_get(Button.class, spec -> spec.withId(id)));
	}

	private static void enterCode(String code) {
		_setValue(_get(TextField.class, spec -> spec.withId("kiosk-pair-code")), code);
		tap("kiosk-pair-submit");
	}

	private static String errorText() {
		return _get(Paragraph.class, spec -> spec.withId("kiosk-pair-error")).getText();
	}

	private static void assertPairingScreenOnly() {
		assertThat(_find(TextField.class, spec -> spec.withId("kiosk-pair-code"))).hasSize(1);
		assertThat(_find(Button.class, spec -> spec.withId("kiosk-start"))).isEmpty();
		assertThat(_find(Button.class, spec -> spec.withId("kiosk-choice-new"))).isEmpty();
		assertThat(_find(TextField.class, spec -> spec.withId("kiosk-nickname"))).isEmpty();
	}

	private static @Nullable Cookie responseCookie() {
		ServletResponse response = ((VaadinServletResponse) VaadinResponse.getCurrent()).getHttpServletResponse();
		while (response instanceof ServletResponseWrapper wrapper) {
			response = wrapper.getResponse();
		}
		return ((FakeResponse) response).findCookie(KioskCookie.NAME);
	}

	private static String address() {
		VaadinSession session = VaadinSession.getCurrent();
		String address = session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
		return address == null ? "unknown" : address;
	}

	private String t(String key, Object... params) {
		return translations.getTranslation(key, Locale.forLanguageTag("nl"), params);
	}

}
