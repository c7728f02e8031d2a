package org.onthaal.tuning;

import java.time.LocalDate;

/**
 * The place's last four weeks replayed twice, with the weights in use and with the ones
 * proposed: on the same visits and at the same host moments.
 *
 * @param hostMomentsRecorded whether the moments are the ones the place's hosts really
 * introduced families at; if none were recorded, a host free every ten minutes
 */
public record ReplayPreview(LocalDate from, LocalDate to, int days, int visits, int hostMoments,
		boolean hostMomentsRecorded, Replay.Figures current, Replay.Figures proposed) {
}
