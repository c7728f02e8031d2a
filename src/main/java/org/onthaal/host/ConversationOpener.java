package org.onthaal.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.onthaal.base.i18n.LanguageNames;
import org.onthaal.family.NewFamily;
import org.onthaal.matching.Reason;

/**
 * How the host could open the conversation of a suggestion, in the host's language: one
 * or two short sentences from the strongest things the families share, e.g. "Both
 * families have a child aged 1-2 and are interested in “Cooking”: ask what they like
 * about it."
 *
 * <p>
 * The sentences are built from the {@code host.opener.*} templates of the bundles: a
 * subject ("Both families", "All three families", or two names), one or two facts, and
 * what to ask about the last fact. A topic to ask about (an interest, then the children)
 * comes before the language they share, which is always there. A newcomer gets a sentence
 * of its own first. For a trio the matching gives the reasons of its first two families
 * only: a fact the third family shares too is said of all three, one it does not is said
 * of the two by name, so the host never says something of a family that is not true.
 */
public final class ConversationOpener {

	/** Looks a key up in the host's language and fills in its placeholders. */
	@FunctionalInterface
	public interface Bundle {

		String text(String key, Object... arguments);

	}

	private static final String PREFIX = "host.opener.";

	private final Bundle bundle;

	private final Locale reader;

	private final UnaryOperator<String> interestLabel;

	/**
	 * @param interestLabel an interest code's label in the place's wording and the host's
	 * language
	 */
	public ConversationOpener(Bundle bundle, Locale reader, UnaryOperator<String> interestLabel) {
		this.bundle = bundle;
		this.reader = reader;
		this.interestLabel = interestLabel;
	}

	/** A fact the families share, and whether all of them share it or the first two. */
	private record Fact(Reason.Kind kind, String shown, boolean ofAll) {
	}

	/** The opener of this suggestion; empty when it has nothing to build one from. */
	public String text(SuggestionCard card) {
		List<PresentFamily> families = card.families();
		if (families.size() < 2) {
			return "";
		}
		List<String> sentences = new ArrayList<>();
		Optional<PresentFamily> newcomer = newcomer(card);
		newcomer.ifPresent(family -> sentences.add(bundle.text(PREFIX + "newcomer", family.nickname(),
				names(families.stream().filter(other -> other != family).map(PresentFamily::nickname).toList()))));
		List<Fact> shared = facts(card);
		if (!shared.isEmpty()) {
			Fact main = shared.getFirst();
			String subject = subject(main.ofAll(), families);
			// a newcomer's sentence leaves room for one fact: one line, not a wall of
			// text
			Optional<Fact> second = newcomer.isPresent() ? Optional.empty()
					: shared.stream().skip(1).filter(fact -> fact.ofAll() == main.ofAll()).findFirst();
			String ask = bundle.text(PREFIX + "ask." + main.kind().name(), main.shown());
			// the fact asked about comes last, so "it" in the question is that fact
			String facts = second.map(other -> bundle.text(PREFIX + "and", fact(other), fact(main)))
				.orElseGet(() -> fact(main));
			// built from small templates of two placeholders each, so each language can
			// order subject, facts and question its own way
			sentences.add(bundle.text(PREFIX + "line", bundle.text(PREFIX + "statement", subject, facts), ask));
		}
		return String.join(" ", sentences);
	}

	private String fact(Fact fact) {
		return bundle.text(PREFIX + "fact." + fact.kind().name(), fact.shown());
	}

	private String subject(boolean ofAll, List<PresentFamily> families) {
		if (!ofAll) {
			return bundle.text(PREFIX + "subject.named", families.get(0).nickname(), families.get(1).nickname());
		}
		return bundle.text(PREFIX + (families.size() == 2 ? "subject.pair" : "subject.trio"));
	}

	/** "A and B", "A, B and C". */
	private String names(List<String> nicknames) {
		if (nicknames.size() == 1) {
			return nicknames.getFirst();
		}
		String allButLast = String.join(", ", nicknames.subList(0, nicknames.size() - 1));
		return bundle.text(PREFIX + "and", allButLast, nicknames.getLast());
	}

	private static Optional<PresentFamily> newcomer(SuggestionCard card) {
		return card.reasons()
			.stream()
			.filter(reason -> reason.kind() == Reason.Kind.NEWCOMER)
			// one reason names every newcomer of the card: "12" or "12,15"
			.flatMap(reason -> card.families()
				.stream()
				.filter(family -> List.of(reason.value().split(",")).contains(Long.toString(family.familyId()))))
			.findFirst();
	}

	/**
	 * The facts to speak of, strongest topic first: an interest, the children, then the
	 * language (the bridge between home languages when there is one).
	 */
	private List<Fact> facts(SuggestionCard card) {
		List<Fact> facts = new ArrayList<>();
		first(card, Reason.Kind.SHARED_INTEREST)
			.ifPresent(code -> facts.add(new Fact(Reason.Kind.SHARED_INTEREST, interestLabel.apply(code),
					card.families().stream().allMatch(family -> family.interestCodes().contains(code)))));
		first(card, Reason.Kind.CHILDREN_SAME_AGE).ifPresentOrElse(
				band -> facts.add(new Fact(Reason.Kind.CHILDREN_SAME_AGE, band,
						card.families().stream().allMatch(family -> family.childAgeBands().contains(band)))),
				() -> first(card, Reason.Kind.CHILDREN_CLOSE_AGE)
					.ifPresent(band -> facts.add(new Fact(Reason.Kind.CHILDREN_CLOSE_AGE, band,
							card.families().stream().allMatch(family -> closeInAge(family, band))))));
		Optional<String> bridge = first(card, Reason.Kind.BRIDGE);
		Reason.Kind languageKind = bridge.isPresent() ? Reason.Kind.BRIDGE : Reason.Kind.SHARED_LANGUAGE;
		bridge.or(() -> first(card, Reason.Kind.SHARED_LANGUAGE))
			.ifPresent(code -> facts.add(new Fact(languageKind, languageName(code),
					card.families().stream().allMatch(family -> family.languages().contains(code)))));
		return facts;
	}

	private static Optional<String> first(SuggestionCard card, Reason.Kind kind) {
		// a reason without its value (a stored suggestion from before it had one) says
		// nothing
		return card.reasons()
			.stream()
			.filter(reason -> reason.kind() == kind && reason.value() != null && !reason.value().isBlank())
			.map(Reason::value)
			.findFirst();
	}

	/** A child in this band or the one above it (the matching names the lower band). */
	private static boolean closeInAge(PresentFamily family, String lowerBand) {
		int index = NewFamily.AGE_BANDS.indexOf(lowerBand);
		return index >= 0 && family.childAgeBands().stream().anyMatch(band -> {
			int other = NewFamily.AGE_BANDS.indexOf(band);
			return other == index || other == index + 1;
		});
	}

	private String languageName(String code) {
		String name = LanguageNames.forReader(code, reader);
		return name.isBlank() ? code.toUpperCase(Locale.ROOT) : name;
	}

}
