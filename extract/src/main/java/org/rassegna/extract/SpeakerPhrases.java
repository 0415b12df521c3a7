package org.rassegna.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.EntityType;
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
   * The noun phrase in {@code words} that names who speaks, as a reader would write it: the line of
   * them closest to the quotation at {@code quotation} (not a heading above it), before a dash or
   * an unclosed bracket; for a noun of speech, its "di" complement when that can name a speaker
   * ("le parole della figlia", "pubblica una dichiarazione della Sharapova"); without the
   * connectives, pronouns and prepositional phrase before its head ("mentre Adriano Celentano",
   * "Tuttavia alcuni vicini", "Al traguardo Thor Hushovd") and without what follows it from a verb
   * heading a clause, a pronoun, a subordinating conjunction or a preposition other than "di" on
   * ("Fratelli d'Italia resta …", "Il governo dal canto suo"), unless the parse attaches the
   * preposition's phrase to a word of them ("Il senatore a vita") or a name follows it and none
   * came before ("L'associazione per i diritti animali Safe"); without a preposition, a conjunction
   * or a determiner last ("la tennista attraverso", "gli USA invece"); {@code words} themselves
   * when no head is left.
   */
  Span phrase(Span words, Span quotation) {
    List<Token> g = groups(article, line(words, quotation));
    g = g.subList(speechOf(g), g.size());
    int i = 0;
    for (int was = -1; was != i && i < g.size(); ) {
      was = i;
      while (i + 1 < g.size()
          && LEADING.contains(part(g.get(i)))
          && part(g.get(i + 1)) != Part.OF) { // not "Uno dei testimoni"
        i++;
      }
      if (i + 1 < g.size() && part(g.get(i)) == Part.PREPOSITION) {
        i = afterPrepositionalPhrase(g, i + 1);
      }
    }
    int head = i;
    while (head < g.size() && part(g.get(head)) != Part.CONTENT) {
      head++;
    }
    if (head == g.size()) {
      return words;
    }
    int end = head + 1;
    while (end < g.size() && !endsPhrase(g, i, end)) {
      end++;
    }
    while (end - 1 > head
        && TRAILING.contains(part(g.get(end - 1)))
        && !closes(
            g.get(end - 1), new Span(g.get(i).span().start(), g.get(end - 1).span().start()))) {
      end--;
    }
    return new Span(g.get(i).span().start(), g.get(end - 1).span().end());
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

  /** Whether {@code t} closes a mark {@code before} opens: "dall'istituto «Mario Negri»". */
  private boolean closes(Token t, Span before) {
    int mark = CLOSING.indexOf(t.text());
    return t.text().length() == 1
        && mark >= 0
        && before.of(text).indexOf(OPENING.charAt(mark)) >= 0;
  }

  private static final String CLOSING = ")»”\"";
  private static final String OPENING = "(«“\"";

  /** Parts a phrase does not open with: "mentre", "inoltre", "ciò". */
  private static final Set<Part> LEADING = Set.of(Part.CONNECTIVE, Part.PRONOUN, Part.PUNCT);

  /** Parts a phrase does not end on: "invece", "di", "la", a comma. */
  private static final Set<Part> TRAILING =
      Set.of(Part.CONNECTIVE, Part.PREPOSITION, Part.OF, Part.DETERMINER, Part.PRONOUN, Part.PUNCT);

  /**
   * The line of {@code words} closest to {@code quotation}, up to a dash that opens an aside
   * ("L'uomo — di 15 anni più anziano … —") or a bracket that does not close in them.
   */
  private Span line(Span words, Span quotation) {
    int start = words.start();
    int end = words.end();
    int best = Integer.MAX_VALUE;
    for (int from = words.start(); from < words.end(); ) {
      int nl = text.indexOf('\n', from);
      int to = nl < 0 || nl > words.end() ? words.end() : nl;
      int distance = Math.max(0, Math.max(quotation.start() - to, from - quotation.end()));
      if (!text.substring(from, to).isBlank() && distance <= best) {
        best = distance;
        start = from;
        end = to;
      }
      from = to + 1;
    }
    Matcher dash = ASIDE.matcher(text.substring(start, end));
    if (dash.find()) {
      end = start + dash.start();
    }
    String s = text.substring(start, end);
    int bracket = s.indexOf('(');
    if (bracket > 0 && s.indexOf(')', bracket) < 0) {
      end = start + bracket;
    }
    return new Span(start, end);
  }

  /** A dash opening an aside after some words. */
  private static final Pattern ASIDE = Pattern.compile("(?<=\\S)\\s*(?:[—–]|\\s-\\s)");

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
   * After a preposition opening the words at {@code i}: the noun phrase its phrase gives way to
   * ("Al traguardo Thor Hushovd", "Nel comunicato il ministro"), else the word after it ("dallo
   * stesso direttore").
   */
  private int afterPrepositionalPhrase(List<Token> g, int i) {
    int j = i;
    while (j < g.size() && part(g.get(j)) == Part.CONTENT && !startsName(g.get(j))) {
      j++;
    }
    return j > i && j < g.size() && (part(g.get(j)) == Part.DETERMINER || startsName(g.get(j)))
        ? j
        : i;
  }

  /** Whether a person or body the annotator found starts at {@code t}. */
  private boolean startsName(Token t) {
    return article.mentions().stream()
        .anyMatch(m -> m.type() != EntityType.LOC && m.span().start() == t.span().start());
  }

  /** Whether word {@code k} ends the phrase of words {@code from} on (see {@link #phrase}). */
  private boolean endsPhrase(List<Token> g, int from, int k) {
    Token t = g.get(k);
    return switch (part(t)) {
      case VERB -> clausal(t);
      case PRONOUN -> true;
      case CONNECTIVE -> t.pos().equals("SCONJ");
      case PREPOSITION -> viewpoint(g, k) || !nameAfterOnly(g, from, k) && !inPhrase(t, g);
      default -> false;
    };
  }

  /**
   * Whether the preposition at word {@code k} opens a phrase of viewpoint, its noun followed by a
   * possessive ("dal canto suo", "da parte loro", "per conto suo"): an aside, not a complement.
   */
  private boolean viewpoint(List<Token> g, int k) {
    int noun = k + 1;
    while (noun < g.size() && part(g.get(noun)) != Part.CONTENT) {
      noun++;
    }
    if (noun == g.size()) {
      return false;
    }
    List<Token> after =
        article.tokensIn(new Span(g.get(noun).span().end(), g.get(noun).span().end() + 8));
    return !after.isEmpty()
        && POSSESSIVES.contains(ItalianReporting.lower(after.get(0).text()))
        && text.substring(g.get(noun).span().end(), after.get(0).span().start()).isBlank();
  }

  private static final Set<String> POSSESSIVES =
      Set.of("suo", "sua", "suoi", "sue", "loro", "mio", "mia", "nostro", "nostra");

  /** Whether a person or body starts at or after word {@code k}, and none stands before it. */
  private boolean nameAfterOnly(List<Token> g, int from, int k) {
    Span before = new Span(g.get(from).span().start(), g.get(k).span().start());
    Span after = new Span(g.get(k).span().start(), g.get(g.size() - 1).span().end());
    return article.mentions().stream()
            .anyMatch(m -> m.type() != EntityType.LOC && after.contains(m.span()))
        && article.mentions().stream()
            .noneMatch(
                m ->
                    m.type() != EntityType.LOC
                        && m.span().start() < before.end()
                        && before.start() < m.span().end());
  }

  /**
   * Whether the parse attaches the phrase the preposition {@code t} opens to a word of {@code g}
   * other than a verb heading a clause ("Il senatore a vita", "il documento emesso dal vertice"),
   * not to a verb after them ("Il governo dal canto suo ha promesso", "la tennista attraverso il
   * suo sito").
   */
  private boolean inPhrase(Token t, List<Token> g) {
    ArticleWords.Parsed p = parsed(t);
    int k = p == null ? -1 : p.words().indexOf(t);
    int noun = k < 0 ? -1 : p.parse().head()[k];
    int head = noun < 0 ? -1 : p.parse().head()[noun];
    if (head < 0) {
      return false;
    }
    Token h = p.words().get(head);
    Span span = new Span(g.get(0).span().start(), g.get(g.size() - 1).span().end());
    return span.contains(h.span()) && !(part(h) == Part.VERB && clausal(h));
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
