/**
 * Onthaal, packaged by feature: checkin (kiosk), host (host board), family, space
 * (locations), staff (accounts and security), live (updates across app instances), demo,
 * base (shared plumbing).
 */
@NullMarked
package org.onthaal;

import org.jspecify.annotations.NullMarked;
