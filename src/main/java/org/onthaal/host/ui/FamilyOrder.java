package org.onthaal.host.ui;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.onthaal.host.PresentFamily;

/**
 * How the host sorts the list of families present. Newest arrival first is the default,
 * so a family that just came in is on top. Every order ends on the visit id, so equal
 * keys never swap places between two refreshes.
 */
enum FamilyOrder {

	ARRIVAL("arrival"), NAME("name"), ATTENTION("attention");

	private final String key;

	FamilyOrder(String key) {
		this.key = key;
	}

	/** What the device remembers and the element ids use. */
	String key() {
		return key;
	}

	static Optional<FamilyOrder> fromKey(String key) {
		for (FamilyOrder order : values()) {
			if (order.key.equals(key)) {
				return Optional.of(order);
			}
		}
		return Optional.empty();
	}

	List<PresentFamily> sort(List<PresentFamily> present, Set<Long> introducedVisits, Locale locale) {
		return switch (this) {
			case ARRIVAL -> present.stream()
				.sorted(Comparator.comparing(PresentFamily::checkedInAt)
					.reversed()
					.thenComparing(Comparator.comparingLong(PresentFamily::visitId).reversed()))
				.toList();
			case NAME -> {
				Collator collator = Collator.getInstance(locale);
				collator.setStrength(Collator.SECONDARY);
				yield present.stream()
					.sorted(Comparator.comparing(PresentFamily::nickname, collator)
						.thenComparingLong(PresentFamily::visitId))
					.toList();
			}
			case ATTENTION -> Attention.ordered(present, introducedVisits);
		};
	}

}
