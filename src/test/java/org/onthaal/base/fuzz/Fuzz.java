package org.onthaal.base.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property-based testing on plain JUnit: a property is checked on generated inputs drawn
 * from a fixed seed, so a failure replays on every machine, and a failing input is shrunk
 * (pieces removed, then single characters) before it is reported. An input is a list of
 * pieces (parts of a text, taps on a keypad), so shrinking keeps what makes it fail.
 */
public final class Fuzz {

	/**
	 * The system property for a longer local run: {@code -Donthaal.fuzz.tries=100000}.
	 */
	public static final String TRIES_PROPERTY = "onthaal.fuzz.tries";

	private static final int DEFAULT_TRIES = 10_000;

	/** Enough to shrink a 600-piece text to its few guilty characters. */
	private static final int MAX_SHRINK_STEPS = 5_000;

	private Fuzz() {
	}

	/**
	 * The tries of a property: 10,000 (or {@value #TRIES_PROPERTY}) divided by
	 * {@code divisor}, for properties that cost more per try (the database, the UI).
	 */
	public static int tries(int divisor) {
		return Math.max(1, Integer.getInteger(TRIES_PROPERTY, DEFAULT_TRIES) / divisor);
	}

	/**
	 * Checks {@code property} on {@code tries} inputs from {@code generator}; throws an
	 * AssertionError naming the seed, the try and the shrunk input when one fails.
	 * {@code split} breaks a piece into smaller ones (characters) for the second round of
	 * shrinking; {@code show} writes an input for the report.
	 */
	public static <T> void check(long seed, int tries, Function<Random, List<T>> generator, Function<T, List<T>> split,
			Function<List<T>, String> show, Consumer<List<T>> property) {
		Random random = new Random(seed);
		for (int i = 0; i < tries; i++) {
			List<T> input = generator.apply(random);
			Throwable failure = failure(property, input);
			if (failure != null) {
				Shrunk<T> shrunk = shrink(input, failure, split, property);
				AssertionError error = new AssertionError("Property failed (seed " + seed + ", try " + (i + 1) + " of "
						+ tries + ")\n  shrunk input:   " + show.apply(shrunk.input) + "\n  original input: "
						+ show.apply(input) + "\n  failure: " + shrunk.failure, shrunk.failure);
				throw error;
			}
		}
	}

	/**
	 * Text inputs: pieces of text, shrunk to single UTF-16 units (lone surrogates too).
	 */
	public static void checkText(long seed, int tries, Function<Random, List<String>> generator,
			Consumer<String> property) {
		check(seed, tries, generator, Fuzz::units, pieces -> escape(String.join("", pieces)),
				pieces -> property.accept(String.join("", pieces)));
	}

	/**
	 * A text with everything but printable ASCII written as \\uXXXX, to paste into a
	 * test.
	 */
	public static String escape(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
				out.append(c);
			}
			else {
				out.append(String.format("\\u%04X", (int) c));
			}
		}
		return out.append('"').toString();
	}

	/** A piece of text as its UTF-16 units, for shrinking to single characters. */
	public static List<String> units(String piece) {
		List<String> units = new ArrayList<>();
		for (char c : piece.toCharArray()) {
			units.add(String.valueOf(c));
		}
		return units;
	}

	private record Shrunk<T>(List<T> input, Throwable failure) {
	}

	private static <T> Shrunk<T> shrink(List<T> input, Throwable failure, Function<T, List<T>> split,
			Consumer<List<T>> property) {
		int[] steps = { 0 };
		Shrunk<T> best = removeWhileFailing(new Shrunk<>(input, failure), property, steps);
		List<T> finer = new ArrayList<>();
		best.input.forEach(piece -> finer.addAll(split.apply(piece)));
		if (finer.size() > best.input.size()) {
			Throwable finerFailure = failure(property, finer);
			if (finerFailure != null) {
				best = removeWhileFailing(new Shrunk<>(finer, finerFailure), property, steps);
			}
		}
		return best;
	}

	/**
	 * Removes chunks of pieces, halving the chunk size, while the property still fails.
	 */
	private static <T> Shrunk<T> removeWhileFailing(Shrunk<T> start, Consumer<List<T>> property, int[] steps) {
		Shrunk<T> best = start;
		for (int chunk = Math.max(1, best.input.size() / 2); chunk >= 1; chunk /= 2) {
			boolean removed = true;
			while (removed && steps[0] < MAX_SHRINK_STEPS) {
				removed = false;
				for (int from = 0; from + chunk <= best.input.size() && steps[0] < MAX_SHRINK_STEPS; from++) {
					List<T> candidate = new ArrayList<>(best.input.subList(0, from));
					candidate.addAll(best.input.subList(from + chunk, best.input.size()));
					steps[0]++;
					Throwable candidateFailure = failure(property, candidate);
					if (candidateFailure != null) {
						best = new Shrunk<>(candidate, candidateFailure);
						removed = true;
						break;
					}
				}
			}
		}
		return best;
	}

	private static <T> Throwable failure(Consumer<List<T>> property, List<T> input) {
		try {
			property.accept(input);
			return null;
		}
		catch (Throwable ex) {
			return ex;
		}
	}

}
