/**
 * Families as Onthaal knows them: a nickname, languages, interests and children's age
 * bands. Never a full name, address or birth date.
 */
@NullMarked
package org.onthaal.family;

import org.jspecify.annotations.NullMarked;
