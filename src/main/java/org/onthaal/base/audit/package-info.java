/**
 * Writing the audit log: every feature records what staff changed through
 * {@link org.onthaal.base.audit.AuditLog}, in its own transaction. It lives in the shared
 * base so that features the audit screens depend on (such as space) can be audited too;
 * reading the log is the audit feature's.
 */
@NullMarked
package org.onthaal.base.audit;

import org.jspecify.annotations.NullMarked;
