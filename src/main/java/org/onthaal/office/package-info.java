/**
 * The back office's shell: its frame (menu, chosen meeting place, idle sign-out) and
 * front page. Screens of the features live in their own packages under routes
 * {@code office/…} and are framed by path; nothing depends on this package.
 */
@NullMarked
package org.onthaal.office;

import org.jspecify.annotations.NullMarked;
