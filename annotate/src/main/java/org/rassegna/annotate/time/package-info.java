/**
 * Time expressions. Requires: an {@link org.rassegna.model.Article}, ideally with its publication
 * time. Provides: {@link org.rassegna.model.TimeExpression}s normalised to the calendar as TIMEX3
 * values, each with the span it came from.
 */
@NullMarked
package org.rassegna.annotate.time;

import org.jspecify.annotations.NullMarked;
