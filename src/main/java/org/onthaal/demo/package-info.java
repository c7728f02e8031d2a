/**
 * Demo data for the zero-setup run: one meeting place, its corners and hours, about 25
 * families and two demo staff accounts. Everything it creates is flagged demo; nothing
 * depends on this package.
 */
@NullMarked
package org.onthaal.demo;

import org.jspecify.annotations.NullMarked;
