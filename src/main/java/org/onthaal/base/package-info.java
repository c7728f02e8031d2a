/**
 * Shared plumbing every feature may use: clock, database start-up, translations, layout
 * pieces.
 */
@NullMarked
package org.onthaal.base;

import org.jspecify.annotations.NullMarked;
