package org.onthaal.kiosk.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.base.i18n.Translations;
import org.onthaal.kiosk.KioskDevice;
import org.onthaal.kiosk.KioskPairing;
import org.onthaal.kiosk.KioskSecretsForTests;
import org.onthaal.kiosk.TestKiosks;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.KIOSK_DEVICE;

/**
 * The kiosks screen of the back office: register (a row with only the code's hash, the
 * code shown once), a new code, revoking after a confirmation, status and last seen.
 */
class KiosksViewTest extends KaribuTest {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	@Autowired
	private Translations translations;

	@Autowired
	private KioskPairing pairing;

	@BeforeEach
	void signInAsManager() {
		login("mila", Role.MANAGER);
	}

	@Test
	void registeringAKioskStoresOnlyTheCodeHashAndShowsTheCodeOnce() {
		clock.setTo(Instant.parse("2026-12-01T14:00:00Z"));
		UI.getCurrent().navigate("office/kiosks");
		assertThat(_get(Paragraph.class, spec -> spec.withId("kiosks-empty")).getText())
			.isEqualTo(t("office.kiosks.empty"));

		_click(_get(Button.class, spec -> spec.withId("kiosks-register")));
		_setValue(_get(TextField.class, spec -> spec.withId("kiosks-name")), "  Voordeur ");
		_click(_get(Button.class, spec -> spec.withId("kiosks-register-save")));

		Div codeShown = _get(Div.class, spec -> spec.withId("kiosks-code"));
		String code = codeShown.getElement().getAttribute("data-code");
		assertThat(code).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}");
		assertThat(codeShown.getText()).isEqualTo(code.substring(0, 4) + " " + code.substring(4));
		var device = dsl.selectFrom(KIOSK_DEVICE).fetchSingle();
		assertThat(device.getName()).isEqualTo("Voordeur");
		assertThat(device.getLocationId()).isEqualTo(locationId);
		assertThat(device.getPairingCodeHash()).isEqualTo(KioskSecretsForTests.sha256(code)).doesNotContain(code);
		assertThat(device.getPairingExpiresAt().toInstant()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
		assertThat(device.getTokenHash()).isNull();
		assertThat(device.getPairedAt()).isNull();
		var audit = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY.eq("kiosk_device")).fetchSingle();
		assertThat(audit.getAction()).isEqualTo("KIOSK_REGISTERED");
		assertThat(audit.getActor()).isEqualTo("mila");
		assertThat(audit.getEntityId()).isEqualTo(device.getId());

		_click(_get(Button.class, spec -> spec.withId("kiosks-code-close")));
		assertThat(_find(Div.class, spec -> spec.withId("kiosks-code"))).isEmpty();
		Grid<KioskDevice> grid = grid();
		assertThat(_size(grid)).isEqualTo(1);
		assertThat(statusText(0)).isEqualTo(t("office.kiosks.status.waiting"));
		assertThat(_find(Paragraph.class, spec -> spec.withId("kiosks-empty"))).isEmpty();
	}

	@Test
	void aKioskNeedsAName() {
		UI.getCurrent().navigate("office/kiosks");
		_click(_get(Button.class, spec -> spec.withId("kiosks-register")));
		_setValue(_get(TextField.class, spec -> spec.withId("kiosks-name")), "   ");
		_click(_get(Button.class, spec -> spec.withId("kiosks-register-save")));

		TextField name = _get(TextField.class, spec -> spec.withId("kiosks-name"));
		assertThat(name.isInvalid()).isTrue();
		assertThat(name.getErrorMessage()).isEqualTo(t("office.required"));
		assertThat(dsl.fetchCount(KIOSK_DEVICE)).isZero();
	}

	@Test
	void aNewCodeReplacesTheOldOne() {
		UI.getCurrent().navigate("office/kiosks");
		_click(_get(Button.class, spec -> spec.withId("kiosks-register")));
		_setValue(_get(TextField.class, spec -> spec.withId("kiosks-name")), "Speelmat");
		_click(_get(Button.class, spec -> spec.withId("kiosks-register-save")));
		String oldCode = _get(Div.class, spec -> spec.withId("kiosks-code")).getElement().getAttribute("data-code");
		_click(_get(Button.class, spec -> spec.withId("kiosks-code-close")));
		long id = dsl.fetchValue(KIOSK_DEVICE.ID);

		_click(cellButton(0, "actions", "kiosks-renew-" + id));

		String newCode = _get(Div.class, spec -> spec.withId("kiosks-code")).getElement().getAttribute("data-code");
		assertThat(newCode).isNotEqualTo(oldCode);
		assertThat(dsl.fetchValue(KIOSK_DEVICE.PAIRING_CODE_HASH)).isEqualTo(KioskSecretsForTests.sha256(newCode));
		assertThat(dsl.fetchValue(AUDIT_EVENT.ACTION, AUDIT_EVENT.ACTION.eq("KIOSK_CODE_RENEWED")))
			.isEqualTo("KIOSK_CODE_RENEWED");
		assertThat(pairing.pair(oldCode, "10.0.0.9").succeeded()).as("the old code no longer pairs").isFalse();
		assertThat(pairing.pair(newCode, "10.0.0.9").succeeded()).isTrue();
	}

	@Test
	void revokingAsksFirstThenStopsTheToken() {
		TestKiosks.Paired kiosk = TestKiosks.pair(ctx, locationId, "Voordeur");
		UI.getCurrent().navigate("office/kiosks");
		assertThat(statusText(0)).isEqualTo(t("office.kiosks.status.online"));

		_click(cellButton(0, "actions", "kiosks-revoke-" + kiosk.deviceId()));
		_click(_get(Button.class, spec -> spec.withId("kiosks-revoke-cancel")));
		assertThat(dsl.fetchValue(KIOSK_DEVICE.REVOKED_AT)).isNull();

		_click(cellButton(0, "actions", "kiosks-revoke-" + kiosk.deviceId()));
		_click(_get(Button.class, spec -> spec.withId("kiosks-revoke-confirm")));

		assertThat(dsl.fetchValue(KIOSK_DEVICE.REVOKED_AT)).isNotNull();
		assertThat(pairing.recognise(kiosk.token())).isEmpty();
		assertThat(pairing.stillPaired(kiosk.deviceId())).isFalse();
		assertThat(statusText(0)).isEqualTo(t("office.kiosks.status.revoked"));
		assertThat(dsl.fetchValue(AUDIT_EVENT.ACTOR, AUDIT_EVENT.ACTION.eq("KIOSK_REVOKED"))).isEqualTo("mila");
	}

	@Test
	void aKioskNotHeardFromForTwoMinutesIsOfflineWithItsLastSeenTime() {
		clock.setTo(Instant.parse("2026-12-01T14:00:00Z"));
		TestKiosks.Paired kiosk = TestKiosks.pair(ctx, locationId, "Voordeur");
		dsl.update(KIOSK_DEVICE)
			.set(KIOSK_DEVICE.LAST_SEEN_AT, OffsetDateTime.now(clock).minusMinutes(10).minusSeconds(5))
			.where(KIOSK_DEVICE.ID.eq(kiosk.deviceId()))
			.execute();
		UI.getCurrent().navigate("office/kiosks");

		assertThat(statusText(0)).isEqualTo(t("office.kiosks.status.offline"));
		assertThat(_get(KiosksView.class).lastSeen(clock.instant().minus(Duration.ofMinutes(10))))
			.isEqualTo(translations.getTranslation("office.kiosks.seen.minutes", DUTCH, 10L));

		pairing.stillPaired(kiosk.deviceId());
		_get(KiosksView.class).refresh();
		assertThat(statusText(0)).isEqualTo(t("office.kiosks.status.online"));
	}

	@Test
	void onlyTheChosenPlacesKiosksAreListed() {
		long elsewhere = locations.create("Elders", java.time.ZoneId.of("Europe/Brussels"), false);
		TestKiosks.pair(ctx, elsewhere, "Elders kiosk");
		TestKiosks.pair(ctx, locationId, "Hier");
		UI.getCurrent().navigate("office/kiosks");

		assertThat(_size(grid())).isEqualTo(1);
		assertThat(grid().getListDataView().getItem(0).name()).isEqualTo("Hier");
	}

	@SuppressWarnings("unchecked")
	private Grid<KioskDevice> grid() {
		return _get(Grid.class, spec -> spec.withId("kiosks-grid"));
	}

	private String statusText(int row) {
		Component cell = _getCellComponent(grid(), row, "status");
		return _get(cell, Span.class, spec -> spec.withClasses("kiosk-status")).getText();
	}

	private Button cellButton(int row, String column, String id) {
		Component cell = _getCellComponent(grid(), row, column);
		return _get(cell, Button.class, spec -> spec.withId(id));
	}

	private String t(String key, Object... params) {
		return translations.getTranslation(key, DUTCH, params);
	}

}
