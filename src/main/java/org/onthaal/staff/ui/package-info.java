/**
 * Staff screens: sign-in, the one-time first-manager set-up, the back office's staff
 * screen and each user's own password and language.
 */
@NullMarked
package org.onthaal.staff.ui;

import org.jspecify.annotations.NullMarked;
