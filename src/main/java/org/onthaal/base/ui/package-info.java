/** UI pieces shared by several screens. */
@NullMarked
package org.onthaal.base.ui;

import org.jspecify.annotations.NullMarked;
