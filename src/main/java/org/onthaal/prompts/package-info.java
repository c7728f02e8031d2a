/**
 * Recorded prompts: a manager records or uploads a human voice for each thing the kiosk
 * says, per language, and the kiosk plays it instead of the device voice. This is how a
 * language without a synthetic voice (Somali) gets one.
 */
@NullMarked
package org.onthaal.prompts;

import org.jspecify.annotations.NullMarked;
