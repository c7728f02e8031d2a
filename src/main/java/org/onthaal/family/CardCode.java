package org.onthaal.family;

/**
 * What stays on a family's card when its QR code is renewed: the pictogram and the four
 * digits.
 */
public record CardCode(String pictogram, String digits) {
}
