/** Staff accounts, roles (HOST, MANAGER), sign-in and the first-manager set-up. */
@NullMarked
package org.onthaal.staff;

import org.jspecify.annotations.NullMarked;
