/**
 * Data must not outlive its purpose: visits become anonymous after a location's retention
 * period, and families that stopped coming are erased, while the statistics (visits, head
 * counts, introductions) stay.
 */
@NullMarked
package org.onthaal.retention;

import org.jspecify.annotations.NullMarked;
