/**
 * The kiosk screens a family sees at the door. Anonymous: the kiosk never lists or shows
 * families.
 */
@NullMarked
package org.onthaal.checkin.ui;

import org.jspecify.annotations.NullMarked;
