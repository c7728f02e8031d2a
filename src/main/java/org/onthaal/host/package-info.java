/**
 * The host board: who is present now, for the host who pours the coffee, kept live across
 * every board of the location.
 */
@NullMarked
package org.onthaal.host;

import org.jspecify.annotations.NullMarked;
