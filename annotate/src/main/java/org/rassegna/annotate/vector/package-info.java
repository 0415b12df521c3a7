/**
 * Bag-of-words vectors over token norms, for comparing texts (articles, sentences, quotations)
 * where no sentence-embedding model is available: on the seeds' paraphrased quotations, cosine over
 * stems separated paraphrases from other pairs better than the English embedding models that can be
 * had here (see DESIGN.md).
 */
@NullMarked
package org.rassegna.annotate.vector;

import org.jspecify.annotations.NullMarked;
