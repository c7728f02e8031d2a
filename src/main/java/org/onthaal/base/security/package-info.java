/** Who is signed in, as services need to know it. */
@NullMarked
package org.onthaal.base.security;

import org.jspecify.annotations.NullMarked;
