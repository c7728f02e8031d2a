/**
 * Tuning the introduction engine per meeting place: a manager sets each weight (with its
 * reason in words), replays the place's last four weeks to see what would change, saves
 * (audited) or goes back to the defaults. The host boards of the place compute with the
 * saved weights.
 */
@NullMarked
package org.onthaal.tuning;

import org.jspecify.annotations.NullMarked;
