/**
 * Staff accounts, roles (HOST, MANAGER) scoped to meeting places, sign-in with its
 * throttling and optional second step (TOTP, recovery codes), and the first-manager
 * set-up.
 */
@NullMarked
package org.onthaal.staff;

import org.jspecify.annotations.NullMarked;
