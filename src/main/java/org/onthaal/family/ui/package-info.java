/** The back office's families screen: find, correct, export and erase a family. */
@NullMarked
package org.onthaal.family.ui;

import org.jspecify.annotations.NullMarked;
