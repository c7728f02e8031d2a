/** Translation bundles and language helpers shared by every screen. */
@NullMarked
package org.onthaal.base.i18n;

import org.jspecify.annotations.NullMarked;
