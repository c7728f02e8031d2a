/**
 * Kiosk devices: a manager registers a device for a meeting place, the device is paired
 * once with a short one-time code and from then on proves itself with a long-lived token
 * kept in its browser. Only hashes of codes and tokens are stored.
 */
@NullMarked
package org.onthaal.kiosk;

import org.jspecify.annotations.NullMarked;
