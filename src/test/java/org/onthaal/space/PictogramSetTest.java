package org.onthaal.space;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class PictogramSetTest {

	@Test
	void everyPictogramIsAVaadinIcon() {
		PictogramSet.NAMES
			.forEach(name -> assertThatCode(() -> VaadinIcon.valueOf(name)).as(name).doesNotThrowAnyException());
		assertThat(PictogramSet.NAMES).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(20);
	}

	@Test
	void theBuiltInInterestsPictogramsAreInTheSet() {
		assertThat(PictogramSet.NAMES).contains("CUTLERY", "SUN_O", "MUSIC", "OPEN_BOOK", "SCISSORS", "TROPHY",
				"MOON_O", "SPOON", "ACADEMY_CAP", "HOME_O", "COMMENTS", "ROAD", "DROP", "PUZZLE_PIECE", "PALETTE",
				"STETHOSCOPE", "GLOBE", "BRIEFCASE", "MAP_MARKER", "GIFT");
	}

	@Test
	void aNewInterestsCodeIsASlugOfItsLabel() {
		assertThat(InterestCatalogueService.slug("Knitting & crochet")).isEqualTo("knitting_crochet");
		assertThat(InterestCatalogueService.slug("Café-praat")).isEqualTo("cafe_praat");
		assertThat(InterestCatalogueService.slug("الطبخ")).isEqualTo("interest");
	}

}
