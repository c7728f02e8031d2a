/** The host board screen. */
@NullMarked
package org.onthaal.host.ui;

import org.jspecify.annotations.NullMarked;
