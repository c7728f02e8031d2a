/** The back office's audit log screen: read-only, one meeting place at a time. */
@NullMarked
package org.onthaal.audit.ui;

import org.jspecify.annotations.NullMarked;
