/**
 * The back-office screen where managers record, upload, hear, replace and delete the
 * kiosk's recorded prompts.
 */
@NullMarked
package org.onthaal.prompts.ui;

import org.jspecify.annotations.NullMarked;
