package org.rassegna.extract;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Quotation;
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;
import org.rassegna.model.Speaker;

/**
 * Quotations in Italian news and who said them.
 *
 * <p>Direct quotations are the passages between quotation marks ({@link QuoteMarks}) of at least
 * {@value #MIN_WORDS} words, or of two or three words with speech evidence: a reporting verb, a
 * verb of speaking or judging that takes them ("ha parlato di «…»"), a colon before them, an
 * exclamation, a place on a list after another quotation (shorter quoted words are titles, names or
 * scare quotes). Marks named as a title, after a noun of a work or body, repeating a name or
 * translating the marks before them are no quotation, whatever cue the sentence holds. Indirect
 * speech is a clause "che …" or "di avere …" governed by a reporting verb, outside quotation marks.
 *
 * <p>The speaker is read off the reporting frame around the quotation, in this order: a cue inside
 * the quotation between dashes ("«… - racconta il titolare - …»"), a cue right after it ("«…», ha
 * detto Peskov"; "… ». Lo ha detto il ministro"), or a reporting verb before it in its sentence
 * ("Peskov ha affermato: «…»"). The speaker is the noun phrase after the verb, or else the one
 * before it. When the frame names no one (an omitted subject, a pronoun, "si legge nella
 * dichiarazione"), the speaker is the previous quotation's speaker nearby or the closest person or
 * body named just before; failing both it is left unknown, never guessed. Last, words that stand
 * for a person the article names (a surname, a role tied to the name, "lo stesso Visco") give the
 * speaker as that person's fullest name ({@link ArticleEntities}), keeping the words found.
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
  static final Set<String> NAMING =
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

  /**
   * Works, events, bodies and undertakings a capitalised phrase in marks right after names: "il
   * libro “…”", "il programma televisivo “…”", "dell'Associazione “…”".
   */
  private static final Set<String> WORKS =
      Set.of(
          "libro",
          "romanzo",
          "saggio",
          "opera",
          "film",
          "documentario",
          "canzone",
          "brano",
          "album",
          "disco",
          "spettacolo",
          "programma",
          "trasmissione",
          "rubrica",
          "mostra",
          "rassegna",
          "festival",
          "convegno",
          "pubblicazione",
          "rivista",
          "dossier",
          "rapporto",
          "progetto",
          "campagna",
          "iniziativa",
          "operazione",
          "manifestazione",
          "premio",
          "concorso",
          "associazione",
          "movimento",
          "comitato",
          "fondazione",
          "lista",
          "nave");

  /**
   * Stems of verbs of speaking and judging whose complement in marks is someone's words, outside
   * the reporting verbs of {@link ItalianReporting}: "ha parlato di «…»", "ha espresso «…»",
   * "definendolo “…”", "giudica l'azione “…”", "salutata come “…”", "gridare «…»". Read only on
   * words the tagger calls verbs ("parlamento", "giudice" and "saluto" are not).
   */
  private static final List<String> SPEECH_VERB_STEMS =
      List.of("parl", "esprim", "espress", "defin", "giudic", "salut", "grid", "url", "pronunc");

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

    /** The words of the marks found to be titles or names so far. */
    private final Set<String> names = new HashSet<>();

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
      // only now: the rules above read the words they found, not the names those stand for
      ArticleEntities entities = new ArticleEntities(this);
      return found.stream().map(q -> fullestName(q, entities)).toList();
    }

    /** {@code q} with its speaker given by the fullest name of the person its words stand for. */
    private static Quotation fullestName(Quotation q, ArticleEntities entities) {
      Speaker s = q.speaker();
      return s == null
          ? q
          : new Quotation(
              q.articleId(), q.span(), q.text(), q.kind(), q.cue(), entities.named(s, q.span()));
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
      if (words < MIN_WORDS
          && (words < 2 || (frame == null ? !saidShort(q) : namesTheSource(frame, q)))) {
        return;
      }
      String inside = q.inside().of(text);
      if (names.contains(inside)) {
        return; // "il suo slogan “Yes We Can” … ci sarà un “Yes We Can”": the name again
      }
      if (gloss(q) || namedTitle(q) || frame == null && looksLikeTitle(q, words)) {
        names.add(inside);
        return; // a name is no one's words, even in a sentence with a reporting verb
      }
      if (frame == null) {
        frame = speechVerbFrame(q);
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
        speaker = unlessNamed(speakers.colonClauseSubject(q), q);
      }
      if (frame == null && speaker == null) {
        speaker = unlessNamed(speakers.sourceOpening(q), q);
      }
      if (frame == null && speaker == null && words >= MIN_WORDS) {
        // not for a few words with no cue: a crowd's cry, a headline, seldom the last speaker's
        speaker = carryOver.carriedOver(q.marks().start());
      }
      if (frame == null && speaker == null) {
        speaker = unlessNamed(speakers.introduced(q.marks().start()), q);
      }
      if (frame == null && speaker == null) {
        speaker = unlessNamed(speakers.leading(q), q);
      }
      if (frame == null && speaker == null && looksLikeScareQuote(q, words)) {
        return;
      }
      if (frame == null && speaker == null) {
        speaker = unlessNamed(speakers.paragraphSubject(q.marks().start()), q);
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
     * {@code speaker}, unless the quotation names them: it speaks to or of them, not as them
     * ("Cordoglio … dalla Rai, di cui Frizzi era una delle colonne, con le seguenti parole: «Con
     * Fabrizio se ne va un pezzo di noi»"). For speakers no cue gives.
     */
    private @Nullable Speaker unlessNamed(@Nullable Speaker speaker, QuoteMarks.Quoted q) {
      return speaker != null && carryOver.addressed(speaker.span(), q.marks().start())
          ? null
          : speaker;
    }

    /**
     * A title or a name whatever the sentence around it says: named as such ("dal titolo “…”",
     * "denominata “…”"), a translation ("in cinese “…”"), one of a list of titles ("“X” (1990),
     * “Y”, e “Z”"), or capitalised right after a noun of a work, event or body, maybe with its
     * adjective ("il suo libro “…”", "il programma televisivo “…”", "dell'Associazione “…”"), or in
     * apposition after a comma ("una canzone, “…”").
     */
    private boolean namedTitle(QuoteMarks.Quoted q) {
      int p = firstAtOrAfter(q.marks().start()) - 1;
      String gap = p < 0 ? "" : text.substring(tokens.get(p).span().end(), q.marks().start());
      if (gap.strip().equals(",") && work(p)) {
        // "ha dedicato una canzone, “La canzone del re”, …": the name in apposition
        return Character.isUpperCase(q.inside().of(text).codePointAt(0));
      }
      if (p < 0 || !gap.isBlank()) {
        return titleList(q);
      }
      if (namedAs(p) || titleList(q)) {
        return true;
      }
      String inside = q.inside().of(text);
      boolean adjective = // "programma televisivo", "campagna elettorale"
          p > 0
              && !hasPunctBefore(p)
              && kindOf(p) == Kind.CONTENT
              && Character.isLowerCase(tokens.get(p).text().codePointAt(0))
              && work(p - 1);
      return Character.isUpperCase(inside.codePointAt(0)) && (work(p) || adjective);
    }

    /**
     * Speech evidence for two or three words in marks with no reporting cue: a colon introduces
     * them ("I sospettati: “Sparato per errore”", "si è limitato a dire: «Sono molto contento»"),
     * they are an exclamation ("il coro “Viva il papa!”"), or they go on a list of quotations
     * ("«Ciao Tony, compagno di tante avventure», «…» e «Addio, cuore matto»").
     */
    private boolean saidShort(QuoteMarks.Quoted q) {
      if (text.substring(0, q.marks().start()).stripTrailing().endsWith(":")
          || q.inside().of(text).endsWith("!")
          || spokenComplement(q)) {
        return true;
      }
      return listedAfterQuotation(q);
    }

    /**
     * Whether a verb of speaking or judging ({@link #SPEECH_VERB_STEMS}, or "dirsi") stands at most
     * five words before the marks in the same clause, no punctuation between: the marks are what it
     * says.
     */
    private boolean spokenComplement(QuoteMarks.Quoted q) {
      return speechVerbBefore(q) >= 0;
    }

    /** The token of the verb {@link #spokenComplement} finds, or -1. */
    private int speechVerbBefore(QuoteMarks.Quoted q) {
      int p = firstAtOrAfter(q.marks().start()) - 1;
      if (p < 0 || !text.substring(tokens.get(p).span().end(), q.marks().start()).isBlank()) {
        return -1;
      }
      for (int j = p; j >= 0 && p - j < 5; j--) {
        String w = ItalianReporting.lower(tokens.get(j).text());
        if (SPEECH_VERB_STEMS.stream().anyMatch(w::startsWith) && taggedVerb(j) || dirsi(j)) {
          return j;
        }
        if (j > 0 && hasPunctBefore(j)) {
          return -1;
        }
      }
      return -1;
    }

    /**
     * "Il presidente … ha parlato di «…»": the phrase right before the verb of speaking and its
     * auxiliaries, when it can name a person or body; else null (no guess past it).
     */
    private @Nullable Frame speechVerbFrame(QuoteMarks.Quoted q) {
      int verb = speechVerbBefore(q);
      if (verb < 0) {
        return null;
      }
      int start = groupStart(verb, 0);
      if (gerund(ItalianReporting.lower(tokens.get(verb).text()))) {
        // "che il Tribunale ha dato per scontati parlando di “…”": a gerund shares the subject
        // of the compound verb it follows in its clause
        for (int j = verb - 1; j >= 0 && verb - j < 6 && !hasPunctBefore(j + 1); j--) {
          if (ItalianReporting.isAuxiliary(ItalianReporting.lower(tokens.get(j).text()))) {
            start = groupStart(j, 0);
            break;
          }
        }
      }
      Span who = phraseBefore(start);
      who = who == null ? null : notInPrepositionalPhrase(who);
      boolean relative = // "del presidente Fico, che giudica … “…”": the parse resolves "che"
          who != null && isPronoun(who) && ItalianReporting.lower(who.of(text)).equals("che");
      return who == null || !relative && (isPronoun(who) || !plausible(who))
          ? null
          : new Frame(tokens.get(verb).span(), who, false, verb);
    }

    /**
     * "si è detta «costernata, sconvolta»": "dirsi" with its auxiliary says how someone feels in
     * their words (a bare "detto «…»" gives a nickname).
     */
    private boolean dirsi(int i) {
      return i >= 2
          && ItalianReporting.lower(tokens.get(i).text()).matches("dett[oaie]")
          && ItalianReporting.isAuxiliary(ItalianReporting.lower(tokens.get(i - 1).text()))
          && ItalianReporting.lower(tokens.get(i - 2).text()).equals("si");
    }

    /** Whether the annotator tagged token {@code i} a verb. */
    private boolean taggedVerb(int i) {
      int at = tokens.get(i).span().start();
      return article.tokens().stream()
          .anyMatch(t -> t.span().start() == at && t.pos().equals("VERB"));
    }

    /** "«…», «…» e «…»": marks joined by a comma or "e" to a quotation found before them. */
    private boolean listedAfterQuotation(QuoteMarks.Quoted q) {
      int i = quoted.indexOf(q);
      if (i == 0 || !listGap(quoted.get(i - 1), q)) {
        return false;
      }
      Span before = quoted.get(i - 1).inside();
      return found.stream().anyMatch(f -> f.span().equals(before));
    }

    /**
     * Marks right after the phrase "secondo" introduces are part of who speaks ("secondo l'istituto
     * “X”"), not its words; a short quotation later in the clause is ("Secondo i giudici, vi sono
     * elementi di un «contagio dichiarativo»").
     */
    private boolean namesTheSource(Frame frame, QuoteMarks.Quoted q) {
      if (!frames.isSecondo(frame) || frame.subject() == null) {
        return false;
      }
      int end = frame.subject().end();
      return q.marks().start() < end || text.substring(end, q.marks().start()).isBlank();
    }

    /**
     * "«It is time …» («È ora …»)", "“Who's eating all the fish?” (“Chi sta mangiando …”)": marks
     * in brackets right after other marks give their translation, the same words again.
     */
    private boolean gloss(QuoteMarks.Quoted q) {
      int i = quoted.indexOf(q);
      return i > 0
          && text.substring(quoted.get(i - 1).marks().end(), q.marks().start()).strip().equals("(")
          && text.substring(q.marks().end()).stripLeading().startsWith(")");
    }

    /**
     * Whether token {@code i} is a noun of a work, event or body ("libro", "dell'Associazione").
     */
    private boolean work(int i) {
      String w = ItalianReporting.lower(tokens.get(i).text());
      int apostrophe = Math.max(w.indexOf('\''), w.indexOf('\u2019'));
      return WORKS.contains(w.substring(apostrophe + 1));
    }

    /**
     * A title, a name or a scare quote in marks, with no reporting cue: capitalised, with no
     * sentence punctuation, short (or followed by a year or note in brackets), right after a
     * function word or a noun inside the sentence ("in “Io sono un autarchico” (1976)", "la
     * congregazione “Casa dei miracoli di Dio”"), not after a colon.
     */
    private boolean looksLikeTitle(QuoteMarks.Quoted q, int words) {
      int p = firstAtOrAfter(q.marks().start()) - 1;
      boolean adjacent =
          p >= 0 && text.substring(tokens.get(p).span().end(), q.marks().start()).isBlank();
      String inside = q.inside().of(text);
      String before = text.substring(0, q.marks().start()).stripTrailing();
      String after = text.substring(q.marks().end()).stripLeading();
      boolean glued = // "in “…”", "e “…”", "la “…”": a function word right before the marks
          adjacent && (tokens.get(p).stop() || kindOf(p) != Kind.CONTENT);
      if (adjacent && SPEECH_NOUNS.contains(ItalianReporting.lower(tokens.get(p).text()))
          || listedAfterQuotation(q)
          || spokenComplement(q)) {
        return false; // "la frase «…»", "«…» e «…»": what follows was said
      }
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
          && !spokenComplement(q)
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
