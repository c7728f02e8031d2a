package org.onthaal.base.ui;

import com.vaadin.flow.component.UI;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The open-screens gauge follows what a tab shows. */
class OpenScreensTest extends KaribuTest {

	@Autowired
	private MeterRegistry registry;

	@Test
	void aTabCountsAsTheKindOfScreenItShows() {
		double office = open("office");
		double host = open("host");
		login("mila", Role.MANAGER, Role.HOST);

		UI.getCurrent().navigate("office");
		assertThat(open("office")).isEqualTo(office + 1);

		UI.getCurrent().navigate("host");
		assertThat(open("office")).isEqualTo(office);
		assertThat(open("host")).isEqualTo(host + 1);
	}

	@Test
	void pathsAreSortedIntoFourKinds() {
		assertThat(OpenScreens.kindOf("kiosk")).isEqualTo("kiosk");
		assertThat(OpenScreens.kindOf("office")).isEqualTo("office");
		assertThat(OpenScreens.kindOf("login")).isEqualTo("other");
		assertThat(OpenScreens.kindOf("")).isEqualTo("other");
	}

	private double open(String kind) {
		return registry.get("onthaal.open.screens").tag("kind", kind).gauge().value();
	}

}
