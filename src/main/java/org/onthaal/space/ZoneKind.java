package org.onthaal.space;

/** What a corner of the space is meant for. */
public enum ZoneKind {

	COFFEE, PLAY, BABY, READING, OUTDOOR, OTHER

}
