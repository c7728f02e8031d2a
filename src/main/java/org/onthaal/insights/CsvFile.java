package org.onthaal.insights;

/** A CSV export, ready to download. */
public record CsvFile(String fileName, byte[] content) {

	public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

}
