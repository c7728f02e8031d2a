/**
 * The questions a family answers, shared by the kiosk's steps and the host's assisted
 * check-in: pickers for languages, interests, children and "open to meet?", the
 * new-family form, and the words for a refused check-in.
 */
@NullMarked
package org.onthaal.checkin.form;

import org.jspecify.annotations.NullMarked;
