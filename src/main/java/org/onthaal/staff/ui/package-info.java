/** Staff screens: sign-in and the one-time first-manager set-up. */
@NullMarked
package org.onthaal.staff.ui;

import org.jspecify.annotations.NullMarked;
