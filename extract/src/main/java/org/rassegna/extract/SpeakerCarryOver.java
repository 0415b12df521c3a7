package org.rassegna.extract;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.EntityType;
import org.rassegna.model.Mention;
import org.rassegna.model.Quotation;
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;
import org.rassegna.model.Speaker;
import org.rassegna.model.Token;

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
        .filter(s -> !otherSubjectSince(s, start))
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
   * Whether a main clause between where {@code speaker} last spoke and {@code offset} has a subject
   * of its own naming someone else, a person or body the annotator found: an omitted subject and a
   * quotation with no cue continue that subject, not the last speaker ("Lo stesso Renato Schifani
   * dice che "…". Sia Altero Matteoli che Anna Finocchiaro hanno criticato …", "«…». L'Associazione
   * dei leader religiosi del Mali ha condannato il delitto e ha fatto presente come «…»"). A
   * description with no name ("il portavoce") may well be the speaker again and does not count.
   */
  boolean otherSubjectSince(Span speaker, int offset) {
    int from = lastSpoken(offset);
    for (Sentence s : article.sentences()) {
      if (s.span().end() <= from || s.span().start() >= offset) {
        continue;
      }
      Span opening = nameBeforeVerb(s, from, offset);
      if (opening != null && namesOther(opening, speaker)) {
        return true;
      }
      Parsed p = parsed(s);
      for (int k = 0; p != null && k < p.words().size(); k++) {
        Span at = p.words().get(k).span();
        if (!p.parse().relation()[k].equals("nsubj")
            || at.start() < from
            || at.end() > offset
            || insideQuote(at.start())
            || p.words().get(k).pos().equals("PRON")
            || !mainClause(p, p.parse().head()[k])) {
          continue;
        }
        Span subject = subtree(p, k);
        if (subject.end() <= offset && namesOther(subject, speaker)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The first person or body the annotator found in sentence {@code s} between {@code from} and
   * {@code offset}, before the sentence's first verb there, outside quotations and prepositional
   * phrases: its subject, in Italian's usual order, where the parse misreads it ("Sia Altero
   * Matteoli che Anna Finocchiaro hanno criticato …", "Intanto da New York, l'ex Procuratore …
   * Pietro Grasso, ha chiesto"). In the sentence holding {@code offset}, only a name with no finite
   * verb between it and {@code offset} counts (an aside "uno dei favoriti considerando il
   * tracciato" may stand between): "Putin e Trump hanno concordato che una “…”" may well be what
   * the last speaker reports. Null when there is none.
   */
  private @Nullable Span nameBeforeVerb(Sentence s, int from, int offset) {
    int floor = Math.max(from, s.span().start());
    int limit = Math.min(offset, s.span().end());
    for (Token t : article.tokens()) {
      int at = t.span().start();
      if (at >= floor
          && at < limit
          && !insideQuote(at)
          && (t.pos().equals("VERB") || t.pos().equals("AUX"))
          && !gerund(ItalianReporting.lower(t.text()))
          && !infinitive(t)) {
        if (s.span().end() > offset) {
          return null; // in the quotation's own sentence, only a name right before its cue counts
        }
        limit = at;
        break;
      }
    }
    Span first = null;
    for (Mention m : article.mentions()) {
      Span at = m.span();
      if (m.type() != EntityType.LOC
          && at.start() >= floor
          && at.end() <= limit
          && !insideQuote(at.start())
          && !governedByPreposition(firstAtOrAfter(at.start()), firstAtOrAfter(floor))
          && (first == null || at.start() < first.start())) {
        first = at;
      }
    }
    return first;
  }

  /** Whether verb {@code v} is the root of its sentence or coordinated with it. */
  private static boolean mainClause(Parsed p, int v) {
    int k = v;
    while (k >= 0
        && (p.parse().relation()[k].equals("conj")
            || p.parse().relation()[k].equals("parataxis"))) {
      k = p.parse().head()[k];
    }
    return k >= 0 && p.parse().relation()[k].equals("root");
  }

  /**
   * Whether {@code phrase} holds persons or bodies the annotator found and none of them is {@code
   * speaker} (sharing no name word with it). A speaker given by a description ("Il presidente USA")
   * cannot be told apart from a name, and is never taken for someone else.
   */
  private boolean namesOther(Span phrase, Span speaker) {
    Span apposition = appositionName(speaker);
    String name = (apposition == null ? speaker : apposition).of(text);
    boolean named = apposition != null;
    boolean other = false;
    for (Mention m : article.mentions()) {
      if (m.type() == EntityType.LOC) {
        continue;
      }
      boolean overlaps = m.span().start() < speaker.end() && speaker.start() < m.span().end();
      if (overlaps && (m.type() == EntityType.PER || capitalisedHead(speaker))) {
        named = true; // "Trump", "la CNN" (or a name the annotator ran on); not "Il presidente USA"
      }
      if (phrase.contains(m.span())) {
        String w = m.span().of(text);
        if (name.contains(w) || w.contains(name) || sharesWord(name, w)) {
          return false;
        }
        other = true;
      }
    }
    return named && other;
  }

  /**
   * The person the annotator found right after {@code phrase} between commas, its apposition ("La
   * procuratrice della Corte Penale Internazionale, Fatou Bensouda, ha dichiarato"); else null.
   */
  @Nullable Span appositionName(Span phrase) {
    int next = firstAtOrAfter(phrase.end());
    if (next >= tokens.size() || !commaBefore(next)) {
      return null;
    }
    for (Mention m : article.mentions()) {
      if (m.type() == EntityType.PER && m.span().start() == tokens.get(next).span().start()) {
        int after = firstAtOrAfter(m.span().end());
        return after < tokens.size() && commaBefore(after) ? m.span() : null;
      }
    }
    return null;
  }

  /** Whether the first word of {@code phrase} after its determiner is capitalised. */
  private boolean capitalisedHead(Span phrase) {
    int i = firstAtOrAfter(phrase.start());
    while (i < tokens.size() && kindOf(i) == Kind.DETERMINER) {
      i++;
    }
    return i < tokens.size()
        && tokens.get(i).span().start() < phrase.end()
        && Character.isUpperCase(tokens.get(i).text().codePointAt(0));
  }

  private static boolean sharesWord(String a, String b) {
    for (String w : a.split("\\s+")) {
      if (w.length() > 2 && Character.isUpperCase(w.codePointAt(0)) && b.contains(w)) {
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
  int lastSpoken(int offset) {
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
