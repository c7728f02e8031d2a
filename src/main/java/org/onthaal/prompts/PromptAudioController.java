package org.onthaal.prompts;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.onthaal.kiosk.ui.KioskCookie;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sends a recorded prompt's sound to a paired kiosk of its place or one of its managers;
 * everyone else gets 404, as for a recording that does not exist. The browser may keep it
 * (privately, never a shared cache): a replaced recording has a new address.
 */
@RestController
class PromptAudioController {

	static final String PATH = "/prompt-audio/";

	private final PromptRecordingService recordings;

	PromptAudioController(PromptRecordingService recordings) {
		this.recordings = recordings;
	}

	@GetMapping(PATH + "{id}")
	ResponseEntity<byte[]> audio(@PathVariable long id, HttpServletRequest request) {
		return recordings.audio(id, kioskToken(request))
			.map(audio -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(audio.mediaType()))
				.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
				.body(audio.audio()))
			.orElseGet(() -> ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build());
	}

	private static @Nullable String kioskToken(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (KioskCookie.NAME.equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return null;
	}

}
