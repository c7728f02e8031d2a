package org.onthaal.family.ui;

import java.util.List;

import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;
import org.onthaal.host.Board;
import org.onthaal.host.Decision;
import org.onthaal.host.HostBoardService;

/**
 * Families made the way the product makes them: through the kiosk's check-in and the host
 * board's introductions.
 */
record FamilySeeds(CheckInService checkIns, HostBoardService hostBoard) {

	/** A new family checked in at the kiosk; it gets its card. */
	CheckIn newFamily(long locationId, String nickname, List<String> languages, List<String> interests,
			List<String> children) {
		return checkIns.checkInNewFamily(locationId,
				new NewFamily(nickname, languages, interests, children, true, false), true, VisitSource.KIOSK);
	}

	void leave(long locationId, long familyId) {
		checkIns.checkOut(locationId, familyId);
	}

	void comeBack(long locationId, long familyId, int adults, int children) {
		checkIns.checkInReturning(locationId, familyId, adults, children, true, null, VisitSource.KIOSK);
	}

	/**
	 * The host board suggests the present families to each other; the host introduces
	 * them and later records that they talked.
	 */
	void introduceAllSuggested(long locationId, String host) {
		Board board = hostBoard.board(locationId);
		board.suggestions().forEach(card -> {
			hostBoard.decide(locationId, card.introductionIds(), Decision.INTRODUCED, host);
			card.introductionIds().forEach(id -> hostBoard.recordOutcome(locationId, id, true));
		});
	}

}
