package org.onthaal.audit.ui;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.onthaal.base.i18n.Translations;

/**
 * What an audit event says, in the manager's language: the action's name
 * ({@code audit.action.<CODE>}), the labels of its details ({@code audit.detail.<key>}),
 * the names of changed fields ({@code audit.field.<name>}) and what it is about
 * ({@code audit.entity.<entity>}). A code no bundle names yet (a feature's new action)
 * reads as words ("CARD_REISSUED" becomes "Card reissued"), never as the raw code.
 */
final class AuditWording {

	/** Details whose values are names of fields, not values a person typed. */
	private static final Set<String> FIELD_LISTS = Set.of("changed", "fields");

	private final UnaryOperator<String> translate;

	/** {@code translate} looks a key up in the language shown (getTranslation). */
	AuditWording(UnaryOperator<String> translate) {
		this.translate = translate;
	}

	String action(String code) {
		return word("audit.action.", code, true);
	}

	String entity(String entity) {
		return word("audit.entity.", entity, true);
	}

	/** The details as "label: value" pairs, in their stored order. */
	List<String> details(Map<String, Object> details) {
		return details.entrySet()
			.stream()
			.map(detail -> word("audit.detail.", detail.getKey(), true) + ": "
					+ value(detail.getKey(), detail.getValue()))
			.toList();
	}

	private String value(String key, Object value) {
		if (value instanceof Collection<?> values) {
			return values.stream()
				.map(item -> FIELD_LISTS.contains(key) ? word("audit.field.", String.valueOf(item), false)
						: value(key, item))
				.collect(Collectors.joining(", "));
		}
		if (value instanceof Map<?, ?> map) {
			return map.entrySet()
				.stream()
				.map(entry -> entry.getKey() + ": " + value(key, entry.getValue()))
				.collect(Collectors.joining(", "));
		}
		if (value instanceof Boolean yes) {
			return translate.apply(yes ? "audit.value.yes" : "audit.value.no");
		}
		return String.valueOf(value);
	}

	private String word(String prefix, String code, boolean capitalised) {
		String key = prefix + code;
		return Translations.has(key) ? translate.apply(key) : readable(code, capitalised);
	}

	/**
	 * "CARD_REISSUED", "newPictogram" or "opening_exception" as words: "Card reissued",
	 * "New pictogram", "Opening exception".
	 */
	static String readable(String code, boolean capitalised) {
		String words = code.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').strip().toLowerCase(Locale.ROOT);
		if (!capitalised || words.isEmpty()) {
			return words;
		}
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
