/**
 * Insights: how the place is used (visits, languages, introductions, the space as set up
 * against the space as used) for managers and funders, and the anonymised look back a
 * team uses for its intervision meeting.
 */
@NullMarked
package org.onthaal.insights;

import org.jspecify.annotations.NullMarked;
