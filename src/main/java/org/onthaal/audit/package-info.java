/** The audit log: who changed what, for managers to read. */
@NullMarked
package org.onthaal.audit;

import org.jspecify.annotations.NullMarked;
