package org.rassegna.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Quotation;
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;
import org.rassegna.model.Token;

/**
 * A speaker's words as a newsroom reads them: a noun phrase, a name or a description, not the
 * connective, the clause or the heading the rules found with it ({@link #phrase}); and a measure of
 * it, the speakers whose text is no clean phrase ({@link #unclean}: the eval counts right a speaker
 * whose words overlap a gold mention, however they read). Reads the annotator's parts of speech
 * and, for a verb or a preposition, the parse of its sentence; without tags, the forms of {@link
 * ArticleWords} and {@link ItalianReporting} and the stop-word flags.
 */
public final class SpeakerPhrases {

  private final ArticleWords articleWords;
  private final AnnotatedArticle article;
  private final String text;

  SpeakerPhrases(ArticleWords articleWords) {
    this.articleWords = articleWords;
    this.article = articleWords.article;
    this.text = articleWords.text;
  }

  /**
   * How many speakers of {@code found}, quotations of {@code article}, are shown by a text that is
   * no clean phrase ({@link #clean}).
   */
  public static int unclean(AnnotatedArticle article, List<Quotation> found) {
    SpeakerPhrases phrases = new SpeakerPhrases(new ArticleWords(article));
    return (int)
        found.stream()
            .map(Quotation::speaker)
            .filter(Objects::nonNull)
            .filter(s -> !phrases.clean(s.span()))
            .count();
  }

  /**
   * The words in {@code words} that name who speaks: for a noun of speech heading them or the
   * object of a verb among them, its "di" complement when that can name a speaker ("le parole della
   * figlia", "pubblica una dichiarazione della Sharapova"), never the noun itself; else {@code
   * words}.
   */
  Span phrase(Span words) {
    List<Token> g = groups(article, words);
    int x = speechOf(g);
    return x == 0 ? words : new Span(g.get(x).span().start(), words.end());
  }

  /** A preposition, "di" or another. */
  static final Set<Part> IN_COMPLEMENT = Set.of(Part.OF, Part.PREPOSITION);

  /**
   * Whether the speaker text at {@code span} reads as a noun phrase: it opens with no connective (a
   * conjunction or an adverb: "mentre Adriano Celentano"), holds no verb heading a clause
   * ("Fratelli d'Italia resta all'opposizione") and ends on no preposition ("la tennista
   * attraverso"). The measure {@link #unclean} counts.
   */
  boolean clean(Span span) {
    List<Token> g = groups(article, span);
    return g.isEmpty()
        || part(g.get(0)) != Part.CONNECTIVE
            && !IN_COMPLEMENT.contains(part(g.get(g.size() - 1)))
            && g.stream().noneMatch(t -> part(t) == Part.VERB && clausal(t));
  }

  /**
   * The tagged words inside {@code span}, one per stretch of text (CoreNLP splits "della" into two
   * tokens of the same span, "di" first).
   */
  static List<Token> groups(AnnotatedArticle article, Span span) {
    List<Token> out = new ArrayList<>();
    for (Token t : article.tokensIn(span)) {
      if (out.isEmpty() || !out.get(out.size() - 1).span().equals(t.span())) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Where X starts in "le parole di X", "pubblica una dichiarazione di X": after the "di" that
   * follows a noun of speech heading the words or the object of a verb among them, when X can name
   * a speaker; else 0.
   */
  private int speechOf(List<Token> g) {
    int k = 0;
    for (int j = 0; j < g.size(); j++) {
      if (part(g.get(j)) == Part.VERB && clausal(g.get(j))) {
        k = j + 1;
      }
    }
    while (k < g.size()
        && (part(g.get(k)) != Part.CONTENT
            || g.get(k).pos().equals("ADJ")
            || ItalianSpeakers.isOneOf(ArticleWords.afterElision(g.get(k).text())))) {
      k++; // "un'altra dichiarazione"
    }
    if (k + 2 < g.size()
        && ItalianSpeakers.isReaction(ArticleWords.afterElision(g.get(k).text()))
        && part(g.get(k + 1)) == Part.OF
        && namesSomeone(g.subList(k + 2, g.size()))
        && articleWords.plausible( // from "di" on: "dell'esperto" is one word
            new Span(g.get(k + 1).span().start(), g.get(g.size() - 1).span().end()))) {
      return k + 2;
    }
    return 0;
  }

  /**
   * Whether the head of {@code g} is a name or a noun of people ("di un testimone"), not a thing
   * ("la ricostruzione dei fatti").
   */
  private static boolean namesSomeone(List<Token> g) {
    for (Token t : g) {
      String w = ArticleWords.afterElision(t.text());
      if (part(t) != Part.DETERMINER && !t.pos().equals("ADJ") && !w.isEmpty()) {
        return part(t) == Part.CONTENT
            && (Character.isUpperCase(w.codePointAt(0)) || ItalianSpeakers.isPeopleNoun(w));
      }
    }
    return false;
  }

  /**
   * Whether the verb {@code t} heads a clause: an auxiliary, or a verb the parse does not attach to
   * a noun as a participle ("il bollettino medico emesso", "lo studio condotto"); without a parse,
   * a reporting verb's form other than its participle.
   */
  private boolean clausal(Token t) {
    if (t.pos().equals("AUX")) {
      return true;
    }
    ArticleWords.Parsed p = parsed(t);
    int k = p == null ? -1 : p.words().indexOf(t);
    if (k < 0) {
      String w = ItalianReporting.lower(t.text());
      return ItalianReporting.isAuxiliary(w)
          || ItalianReporting.isVerb(w) && !ItalianReporting.isParticiple(w);
    }
    return !Set.of("amod", "acl").contains(p.parse().relation()[k]);
  }

  /** The parse of the sentence holding {@code t}, or null when the words have no tags. */
  private ArticleWords.@Nullable Parsed parsed(Token t) {
    Sentence s = articleWords.sentenceAt(t.span().start());
    return s == null ? null : articleWords.parsed(s);
  }

  /** What a word does in a speaker's words. */
  enum Part {
    CONNECTIVE,
    PREPOSITION,
    OF,
    DETERMINER,
    PRONOUN,
    VERB,
    PUNCT,
    CONTENT
  }

  /**
   * What {@code t} does in a speaker's words, read off its tag; untagged, off its form (the
   * function words of {@link ArticleWords} and {@link ItalianReporting}, its stop-word flag).
   */
  static Part part(Token t) {
    String w = ItalianReporting.lower(t.text());
    if (w.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return Part.PUNCT; // not "-sovrano" in "neo-sovrano"
    }
    return switch (t.pos()) {
      case "CCONJ", "SCONJ", "ADV", "INTJ" -> Part.CONNECTIVE;
      case "ADP" -> ItalianReporting.OF.contains(w) ? Part.OF : Part.PREPOSITION;
      case "DET" -> Part.DETERMINER;
      case "PRON" -> Part.PRONOUN;
      case "VERB", "AUX" ->
          ItalianSpeakers.isPeopleNoun(w) ? Part.CONTENT : Part.VERB; // "commessi"
      case "PUNCT", "SYM" -> Part.PUNCT;
      case "" -> untagged(t, w);
      default -> Part.CONTENT;
    };
  }

  private static Part untagged(Token t, String w) {
    if (ItalianReporting.DETERMINERS.contains(w)) {
      return Part.DETERMINER;
    }
    if (ItalianReporting.OF.contains(w)) {
      return Part.OF;
    }
    if (ArticleWords.PREPOSITIONS.contains(w) || ItalianReporting.BY.contains(w)) {
      return Part.PREPOSITION;
    }
    if (ItalianReporting.isAuxiliary(w) || ItalianReporting.isVerb(w)) {
      return Part.VERB;
    }
    if (ArticleWords.CONJUNCTIONS.contains(w) || ItalianReporting.isAdverb(w)) {
      return Part.CONNECTIVE;
    }
    return t.stop() ? Part.PRONOUN : Part.CONTENT;
  }
}
