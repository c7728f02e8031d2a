/** The back-office screen where a manager tunes the engine's weights for a place. */
@NullMarked
package org.onthaal.tuning.ui;

import org.jspecify.annotations.NullMarked;
