package org.rassegna.dedup;

import org.rassegna.model.Span;

/** An article's sentences as dedup sees them: a hash of their normalised words, and a span. */
interface Sentences {

  int count();

  /** Hash of the normalised words of sentence {@code i}; equal words, equal hash. */
  long hash(int i);

  /** Words in sentence {@code i}. */
  int words(int i);

  Span span(int i);
}
