package org.onthaal.base.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Open screens on this node by kind
 * ({@code onthaal_open_screens{kind=kiosk|host|office|other}}), from the path each
 * browser tab shows: the operator sees how many kiosks and boards a node carries, and a
 * node that suddenly holds none after a restart.
 */
@Component
class OpenScreens implements VaadinServiceInitListener {

	static final List<String> KINDS = List.of("kiosk", "host", "office", "other");

	private final Map<UI, String> open = new ConcurrentHashMap<>();

	OpenScreens(MeterRegistry registry) {
		for (String kind : KINDS) {
			Gauge.builder("onthaal.open.screens", open, screens -> count(screens, kind))
				.tag("kind", kind)
				.register(registry);
		}
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> {
			UI ui = init.getUI();
			ui.addAfterNavigationListener(
					navigation -> open.put(ui, kindOf(navigation.getLocation().getFirstSegment())));
			ui.addDetachListener(detach -> open.remove(ui));
		});
	}

	static String kindOf(String firstSegment) {
		return KINDS.contains(firstSegment) ? firstSegment : "other";
	}

	private static double count(Map<UI, String> screens, String kind) {
		return screens.values().stream().filter(kind::equals).count();
	}

}
