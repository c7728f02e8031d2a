package org.onthaal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Onthaal: a check-in kiosk and host board for family meeting places. Push is on for the
 * whole app because the host board must change the moment a family checks in at the
 * kiosk.
 */
@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/onthaal.css")
@PWA(name = "Onthaal", shortName = "Onthaal")
public class OnthaalApplication implements AppShellConfigurator {

	public static void main(String[] args) {
		SpringApplication.run(OnthaalApplication.class, args);
	}

}
