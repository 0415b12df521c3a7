/**
 * Compact primitive collections for the dedup index: growable arrays in fixed-size chunks (no copy
 * of the whole array when they grow) and open-addressing hash maps from primitive keys to int
 * values. Not API.
 */
@NullMarked
package org.rassegna.dedup.internal;

import org.jspecify.annotations.NullMarked;
