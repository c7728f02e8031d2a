/**
 * The introduction engine: which families present might like to meet, and why. Pure Java
 * (plus a graph library for the exact matching): no Vaadin, Spring or database, so it can
 * be tested and benchmarked on its own. It suggests; the host decides; families consented
 * by saying they are open to meet.
 */
@NullMarked
package org.onthaal.matching;

import org.jspecify.annotations.NullMarked;
