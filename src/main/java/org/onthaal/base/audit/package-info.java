/**
 * What a feature says when staff changed something, for the audit log to write down. Lets
 * features that the audit screens depend on (such as space) be audited without depending
 * on the audit feature themselves.
 */
@NullMarked
package org.onthaal.base.audit;

import org.jspecify.annotations.NullMarked;
