/**
 * Meeting places (locations): their time zone, kiosk languages, corners and opening
 * hours.
 */
@NullMarked
package org.onthaal.space;

import org.jspecify.annotations.NullMarked;
