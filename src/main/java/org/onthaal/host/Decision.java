package org.onthaal.host;

/**
 * What the host did with a suggestion. NOT_A_MATCH is a private veto the families never
 * see.
 */
public enum Decision {

	INTRODUCED, NOT_NOW, ALREADY_KNOW, NOT_A_MATCH

}
