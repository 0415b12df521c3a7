package org.rassegna.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Quotation;
import org.rassegna.model.Sentence;
import org.rassegna.model.Speaker;

/**
 * Quotations in Italian news and who said them.
 *
 * <p>Direct quotations are the passages between quotation marks ({@link QuoteMarks}) of at least
 * {@value #MIN_WORDS} words, or at least two words when a reporting verb introduces them (shorter
 * quoted words are titles, names or scare quotes). Indirect speech is a clause "che …" or "di avere
 * …" governed by a reporting verb, outside quotation marks.
 *
 * <p>The speaker is read off the reporting frame around the quotation, in this order: a cue inside
 * the quotation between dashes ("«… - racconta il titolare - …»"), a cue right after it ("«…», ha
 * detto Peskov"; "… ». Lo ha detto il ministro"), or a reporting verb before it in its sentence
 * ("Peskov ha affermato: «…»"). The speaker is the noun phrase after the verb, or else the one
 * before it. When the frame names no one (an omitted subject, a pronoun, "si legge nella
 * dichiarazione"), the speaker is the previous quotation's speaker nearby or the closest person or
 * body named just before; failing both it is left unknown, never guessed.
 *
 * <p>Uses the article's sentences and its named-entity mentions when the annotator gives them; the
 * words of the reporting frames come from {@link LuceneAnnotator}'s model-free analysis.
 *
 * <p>Its parts, each over the same {@link ArticleWords}: {@link QuoteMarks} (the marks), this class
 * (which marked passages are quotations, not titles, names or scare quotes), {@link
 * ReportingFrames} (the cue around a quotation), {@link SpeakerFinder} (who the frame or the
 * sentence names), {@link SpeakerCarryOver} (the last speaker, carried over) and {@link
 * IndirectSpeech} (reported clauses).
 */
public final class ItalianQuoteExtractor implements QuoteExtractor {

  /** Fewest words for quoted text to count as a quotation without a reporting cue. */
  static final int MIN_WORDS = 4;

  /** Words that give what follows in marks as a name or title: "dal titolo “…”". */
  private static final Set<String> NAMING =
      Set.of(
          "titolo",
          "intitolato",
          "intitolata",
          "intitolati",
          "intitolate",
          "nome",
          "denominato",
          "denominata",
          "denominati",
          "denominate",
          "chiamato",
          "chiamata",
          "chiamati",
          "chiamate",
          "soprannominato",
          "soprannominata",
          "slogan",
          "motto",
          "hashtag",
          "marchio",
          "sigla",
          "cosiddetto",
          "cosiddetta",
          "cosiddetti",
          "cosiddette");

  /** Languages a translation in marks is given in: "in cinese “riforma attraverso il lavoro”". */
  private static final Set<String> LANGUAGES =
      Set.of(
          "italiano",
          "inglese",
          "francese",
          "tedesco",
          "spagnolo",
          "portoghese",
          "russo",
          "cinese",
          "giapponese",
          "coreano",
          "arabo",
          "ebraico",
          "greco",
          "latino",
          "turco",
          "persiano",
          "polacco",
          "olandese",
          "ucraino",
          "dialetto");

  @Override
  public List<Quotation> extract(AnnotatedArticle article) {
    return new Run(article).extract();
  }

  /**
   * One extraction: the direct quotations and the titles and scare quotes that are none, with the
   * parts that find frames, speakers, carry-over and indirect speech.
   */
  private static final class Run extends ArticleWords {
    private final SpeakerCarryOver carryOver;
    private final ReportingFrames frames;
    private final SpeakerFinder speakers;
    private final IndirectSpeech indirectSpeech;

    Run(AnnotatedArticle article) {
      super(article);
      this.carryOver = new SpeakerCarryOver(this);
      this.frames = new ReportingFrames(this);
      this.speakers = new SpeakerFinder(this, carryOver);
      this.indirectSpeech = new IndirectSpeech(this, frames, speakers);
    }

    List<Quotation> extract() {
      for (Sentence s : article.sentences()) {
        int first = firstAtOrAfter(s.span().start());
        int end = firstAtOrAfter(s.span().end());
        for (int i = first; i < end; i++) {
          if (reporting(i)) {
            int start = groupStart(i, first);
            if (insideQuote(tokens.get(i).span().start()) && !isDash(gapBefore(start).strip())) {
              continue; // the quoted speaker's own words ("Ho chiesto al segretario …")
            }
            Frame f = frames.verbGroup(start, end, true);
            if (f != null
                && f.subject() != null
                && !isPronoun(f.subject())
                && plausible(f.subject())) {
              named.add(f);
            }
          }
        }
      }
      for (QuoteMarks.Quoted q : quoted) {
        direct(q);
      }
      for (Sentence s : article.sentences()) {
        indirectSpeech.indirect(s);
      }
      found.sort(Comparator.comparing(Quotation::span));
      return List.copyOf(found);
    }

    private void direct(QuoteMarks.Quoted q) {
      int from = firstAtOrAfter(q.inside().start());
      int to = firstAtOrAfter(q.inside().end());
      int words = to - from;
      Frame frame = frames.inside(q, from, to);
      if (frame == null) {
        frame = frames.after(q);
      }
      if (frame == null) {
        frame = frames.before(q);
      }
      if (frame == null) {
        frame = frames.sentenceFinal(q);
      }
      if (frame == null) {
        frame = frames.colon(q);
      }
      if (words < MIN_WORDS && (frame == null || words < 2 || frames.isSecondo(frame))) {
        return; // a name right after "secondo" is part of who speaks ("secondo l'istituto “X”")
      }
      if (frame == null && looksLikeTitle(q, words)) {
        return;
      }
      Frame intro = frame != null && frame.subject() == null ? frames.colon(q) : null;
      if (intro != null && !frame.impersonal()) {
        // "Soddisfatto il vicepresidente …, Paolo Bonaiuti: «…», ha dichiarato": a cue after the
        // quotation with an omitted subject continues the phrase that introduced it
        frame = new Frame(frame.cue(), intro.subject(), false, intro.subjectEndToken());
      }
      Speaker speaker =
          frame == null
              ? speakers.speechNounAgent(q)
              : speakers.speakerOf(frame, q.marks().start());
      if (frame == null && speaker == null) {
        speaker = speakers.colonClauseSubject(q);
      }
      if (frame == null && speaker == null) {
        speaker = speakers.sourceOpening(q);
      }
      if (frame == null && speaker == null) {
        speaker = carryOver.carriedOver(q.marks().start());
      }
      if (frame == null && speaker == null) {
        speaker = speakers.introduced(q.marks().start());
      }
      if (frame == null && speaker == null) {
        speaker = speakers.leading(q);
      }
      if (frame == null && speaker == null && looksLikeScareQuote(q, words)) {
        return;
      }
      if (frame == null && speaker == null) {
        speaker = speakers.paragraphSubject(q.marks().start());
      }
      found.add(
          new Quotation(
              article.id(),
              q.inside(),
              q.inside().of(text),
              Quotation.Kind.DIRECT,
              frame == null ? null : frame.cue(),
              speaker));
    }

    /**
     * A title, a name or a scare quote in marks, with no reporting cue: named as such ("dal titolo
     * “…”", "denominata “…”"), a translation ("in cinese “…”"), one of a list of titles ("“X”
     * (1990), “Y”, e “Z”"); else capitalised, with no sentence punctuation, short (or followed by a
     * year or note in brackets), right after a function word or a noun inside the sentence ("in “Io
     * sono un autarchico” (1976)", "la congregazione “Casa dei miracoli di Dio”"), not after a
     * colon.
     */
    private boolean looksLikeTitle(QuoteMarks.Quoted q, int words) {
      int p = firstAtOrAfter(q.marks().start()) - 1;
      boolean adjacent =
          p >= 0 && text.substring(tokens.get(p).span().end(), q.marks().start()).isBlank();
      if (adjacent && namedAs(p) || titleList(q)) {
        return true;
      }
      String inside = q.inside().of(text);
      String before = text.substring(0, q.marks().start()).stripTrailing();
      String after = text.substring(q.marks().end()).stripLeading();
      boolean glued = // "in “…”", "e “…”", "la “…”": a function word right before the marks
          adjacent && (tokens.get(p).stop() || kindOf(p) != Kind.CONTENT);
      boolean afterNoun = // "la congregazione “…”", not the caption "La ragazza rapinata «…»"
          adjacent
              && p >= 2
              && Character.isLowerCase(tokens.get(p).text().codePointAt(0))
              && kindOf(p) == Kind.CONTENT
              && kindOf(p - 1) != Kind.CONTENT
              && !hasPunctBefore(p)
              && !hasPunctBefore(p - 1);
      boolean punctuated = inside.chars().anyMatch(c -> ".!?;:".indexOf(c) >= 0);
      return Character.isUpperCase(inside.codePointAt(0))
          && (glued || afterNoun || after.startsWith("("))
          && !before.endsWith(":")
          && !punctuated
          && (words <= 8 || words <= 15 && after.startsWith("("));
    }

    /**
     * A few lowercase words with no verb right after an article or "di", that no one is found to
     * have said: a name or a scare quote ("del “cartello dei Di Lauro”", "una “tribù degli uomini
     * rossi”"), not a partial quotation ("considerato un “cattivo esempio per i giovani”" after the
     * authorities' announcement).
     */
    private boolean looksLikeScareQuote(QuoteMarks.Quoted q, int words) {
      int p = firstAtOrAfter(q.marks().start()) - 1;
      String inside = q.inside().of(text);
      return p >= 0
          && text.substring(tokens.get(p).span().end(), q.marks().start()).isBlank()
          && Character.isLowerCase(inside.codePointAt(0))
          && (kindOf(p) == Kind.DETERMINER || kindOf(p) == Kind.OF)
          && words <= 6
          && inside.chars().noneMatch(c -> ".!?;:".indexOf(c) >= 0)
          && tagged()
          && !hasVerb(firstAtOrAfter(q.inside().start()), firstAtOrAfter(q.inside().end()));
    }

    /**
     * "dal titolo", "intitolato", "denominata", "in cinese": token {@code p} names what follows.
     */
    private boolean namedAs(int p) {
      String w = ItalianReporting.lower(tokens.get(p).text());
      return NAMING.contains(w)
          || p > 0
              && ItalianReporting.lower(tokens.get(p - 1).text()).equals("in")
              && LANGUAGES.contains(w);
    }

    /**
     * "“Tre divertimenti …” (1990), “Composizioni giocose …”, e “La televisione …” (1993)": marks
     * in a list joined by commas and "e" where one is followed by a year in brackets.
     */
    private boolean titleList(QuoteMarks.Quoted q) {
      int i = quoted.indexOf(q);
      int first = i;
      while (first > 0 && listGap(quoted.get(first - 1), quoted.get(first))) {
        first--;
      }
      int last = i;
      while (last + 1 < quoted.size() && listGap(quoted.get(last), quoted.get(last + 1))) {
        last++;
      }
      for (int k = first; k <= last; k++) {
        if (text.substring(quoted.get(k).marks().end()).matches("(?s)\\s*\\(\\d{4}\\).*")) {
          return first < last;
        }
      }
      return false;
    }

    private boolean listGap(QuoteMarks.Quoted a, QuoteMarks.Quoted b) {
      return text.substring(a.marks().end(), b.marks().start())
          .matches("\\s*(\\(\\d{4}\\))?\\s*,?\\s*(e|ed)?\\s*");
    }
  }
}
