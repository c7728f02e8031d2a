/**
 * The kiosk devices screen of the back office, and the pairing screen a device shows
 * until it is paired.
 */
@NullMarked
package org.onthaal.kiosk.ui;

import org.jspecify.annotations.NullMarked;
