/** Database plumbing: the embedded PostgreSQL for the zero-setup run. */
@NullMarked
package org.onthaal.base.db;

import org.jspecify.annotations.NullMarked;
