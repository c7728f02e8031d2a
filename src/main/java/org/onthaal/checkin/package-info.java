/**
 * Checking in at the door: the kiosk flow for families and the service that stores a
 * visit and tells the host boards about it.
 */
@NullMarked
package org.onthaal.checkin;

import org.jspecify.annotations.NullMarked;
