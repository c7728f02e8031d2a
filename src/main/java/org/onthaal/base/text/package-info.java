/** Names people type, made one way on the server whichever field they came from. */
@NullMarked
package org.onthaal.base.text;

import org.jspecify.annotations.NullMarked;
