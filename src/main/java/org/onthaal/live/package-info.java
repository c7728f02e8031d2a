/**
 * Live updates across app instances: committed changes send a PostgreSQL NOTIFY (ids
 * only); one dedicated LISTEN connection per instance receives them and tells the open
 * screens of that location.
 */
@NullMarked
package org.onthaal.live;

import org.jspecify.annotations.NullMarked;
