/**
 * The insights and reflection screens, with charts drawn on the server as SVG images.
 */
@NullMarked
package org.onthaal.insights.ui;

import org.jspecify.annotations.NullMarked;
