/**
 * Who is signed in, as services need to know it, and the security headers every response
 * carries.
 */
@NullMarked
package org.onthaal.base.security;

import org.jspecify.annotations.NullMarked;
