package org.onthaal.base.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Which of Vaadin's requests this is ({@code v-r=uidl}, {@code push}, {@code heartbeat}
 * …), read from the query string only, where Flow's client puts it. A filter that runs
 * before Spring's character-encoding filter must never call {@code request.getParameter}:
 * for a form post that reads the body, as ISO-8859-1 since no encoding is set yet, and
 * the sign-in form then saw every letter beyond ASCII of a name or password wrong (found
 * by SignInFuzzIT).
 */
public final class VaadinRequestKind {

	private static final String PARAMETER = "v-r=";

	private VaadinRequestKind() {
	}

	/** The value of {@code v-r} in the query string, or null. */
	public static @Nullable String of(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			if (pair.startsWith(PARAMETER)) {
				try {
					return URLDecoder.decode(pair.substring(PARAMETER.length()), StandardCharsets.UTF_8);
				}
				catch (IllegalArgumentException malformed) {
					return null;
				}
			}
		}
		return null;
	}

}
