/** Back-office screens for setting up the space: locations, corners, hours, interests. */
@NullMarked
package org.onthaal.space.ui;

import org.jspecify.annotations.NullMarked;
