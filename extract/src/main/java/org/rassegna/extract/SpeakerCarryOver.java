package org.rassegna.extract;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.EntityType;
import org.rassegna.model.Mention;
import org.rassegna.model.Quotation;
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;
import org.rassegna.model.Speaker;

/**
 * The last speaker named, carried over to a quotation or an omitted subject that follows, unless
 * someone else is introduced in between. Requires {@link ArticleWords} with the quotations and
 * frames found so far; provides antecedent speakers.
 */
class SpeakerCarryOver extends ArticleWords {

  /** How far back the last speaker named carries over to a quotation with no cue at all. */
  private static final int NO_CUE_CARRY_OVER = 300;

  SpeakerCarryOver(ArticleWords words) {
    super(words);
  }

  /**
   * A quotation with no cue right after another quotation or a reporting sentence goes on with the
   * same speaker ("Lo racconta Marco. «…»"; "Trump ha affermato di … “…”. Trump e Putin hanno
   * acconsentito a “…”").
   */
  @Nullable Speaker carriedOver(int start) {
    return lastSpeaker(start, NO_CUE_CARRY_OVER)
        .filter(s -> !someoneElseNamed(s, lastSpoken(start), start))
        .map(s -> new Speaker(s, s.of(text), Speaker.Basis.ANTECEDENT))
        .orElse(null);
  }

  /**
   * Whether the sentence that introduces a quotation with a colon names someone other than {@code
   * speaker} who could speak, after {@code from} (where the speaker last spoke) and outside
   * quotations and prepositional phrases: a person or body the annotator found, or a noun of people
   * or bodies. Then the quotation may be theirs, and the speaker does not carry over ("L'amico
   * Kugan Cassius ha twittato: «…». … c'è l'agenzia che promuove l'atleta … : «…»").
   */
  private boolean someoneElseNamed(Span speaker, int from, int offset) {
    String before = text.substring(0, offset).stripTrailing();
    Sentence s = sentenceAt(before.length() - 1);
    if (s == null || !before.endsWith(":")) {
      return false; // only a colon makes the sentence before it an introduction
    }
    int floor = Math.max(from, s.span().start()); // the splitter may end a sentence at the colon
    String name = speaker.of(text);
    for (Mention m : article.mentions()) {
      if (m.type() != EntityType.LOC
          && m.span().start() >= floor
          && m.span().end() <= offset
          && !insideQuote(m.span().start())
          && !governedByPreposition(firstAtOrAfter(m.span().start()), 0)
          && !name.contains(m.span().of(text))
          && !m.span().of(text).contains(name)) {
        return true;
      }
    }
    for (int i = firstAtOrAfter(floor); i < firstAtOrAfter(offset); i++) {
      String w = tokens.get(i).text();
      w = w.substring(Math.max(w.indexOf('\''), w.indexOf('\u2019')) + 1); // "l'agenzia"
      if (kindOf(i) == Kind.CONTENT
          && !insideQuote(tokens.get(i).span().start())
          && ItalianSpeakers.isPeopleNoun(w)
          && !governedByPreposition(i, 0)
          && !name.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last speaker named before {@code offset}: the subject of a reporting frame, or the speaker
   * of a quotation found so far, whichever stands closer, if within {@code reach}.
   */
  Optional<Span> lastSpeaker(int offset, int reach) {
    Span best = null;
    int at = -1;
    for (Frame f : named) {
      if (f.cue().end() <= offset && f.cue().end() > at && f.subject() != null) {
        best = f.subject();
        at = f.cue().end();
      }
    }
    for (Quotation q : found) {
      if (q.speaker() != null && q.span().end() <= offset && q.span().end() > at) {
        best = q.speaker().span();
        at = q.span().end();
      }
    }
    return best != null && offset - at <= reach ? Optional.of(best) : Optional.empty();
  }

  /**
   * Where the last speaker before {@code offset} last spoke or was named: the end of its frame or
   * of its quotation, whichever {@link #lastSpeaker} chose.
   */
  private int lastSpoken(int offset) {
    int at = -1;
    for (Frame f : named) {
      if (f.cue().end() <= offset && f.subject() != null) {
        at = Math.max(at, Math.max(f.cue().end(), Math.min(offset, f.subject().end())));
      }
    }
    for (Quotation q : found) {
      if (q.speaker() != null && q.span().end() <= offset) {
        at = Math.max(at, q.span().end());
      }
    }
    return Math.max(at, 0);
  }
}
