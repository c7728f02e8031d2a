package org.onthaal.family;

import java.util.Map;

/**
 * An interest from the catalogue; {@code labels} holds a manager's own wording per
 * language, if any.
 */
public record InterestOption(long id, String code, String pictogram, Map<String, String> labels) {
}
