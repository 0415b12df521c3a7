/** Quality measures of the annotation against gold data. Requires: gold files. Provides: scores. */
@NullMarked
package org.rassegna.annotate.eval;

import org.jspecify.annotations.NullMarked;
