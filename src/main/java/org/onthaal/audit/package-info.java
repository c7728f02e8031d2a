/**
 * The audit log screen: who changed what, for managers to read (writing it is
 * base.audit).
 */
@NullMarked
package org.onthaal.audit;

import org.jspecify.annotations.NullMarked;
