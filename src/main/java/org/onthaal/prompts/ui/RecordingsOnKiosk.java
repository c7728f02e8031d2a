package org.onthaal.prompts.ui;

import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import org.onthaal.prompts.PromptRecordingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

import org.springframework.dao.DataAccessException;

/**
 * Tells the kiosk page which prompts have a recorded voice at its place:
 * {@code window.onthaalRecordings = { "<language>": { "<prompt key>": "<url>" } }}. The
 * kiosk's read-aloud plays {@code new Audio(url)} where there is one and the device voice
 * elsewhere. One call when the kiosk starts serving its place; a static helper so the
 * kiosk needs one line and no new constructor argument.
 */
public final class RecordingsOnKiosk {

	private static final Logger log = LoggerFactory.getLogger(RecordingsOnKiosk.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private RecordingsOnKiosk() {
	}

	public static void publish(UI ui, long locationId) {
		Map<String, Map<String, String>> addresses;
		try {
			addresses = VaadinService.getCurrent()
				.getInstantiator()
				.getOrCreate(PromptRecordingService.class)
				.addressesForKiosk(locationId);
		}
		catch (DataAccessException ex) {
			// without the database the kiosk still speaks, with the device voice
			log.warn("Recorded prompts not published: {}", ex.getMessage());
			addresses = Map.of();
		}
		ui.getPage().executeJs("window.onthaalRecordings = JSON.parse($0)", JSON.writeValueAsString(addresses));
	}

}
