/**
 * Language identification. Requires: text. Provides: its language as a BCP-47 code, or {@code
 * "und"}.
 */
@NullMarked
package org.rassegna.annotate.lang;

import org.jspecify.annotations.NullMarked;
