package org.rassegna.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.annotate.corenlp.ItalianDependencies;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.EntityType;
import org.rassegna.model.Mention;
import org.rassegna.model.Quotation;
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;
import org.rassegna.model.Speaker;
import org.rassegna.model.Token;

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
 */
public final class ItalianQuoteExtractor implements QuoteExtractor {

  /** Fewest words for quoted text to count as a quotation without a reporting cue. */
  static final int MIN_WORDS = 4;

  /** How far back (characters) the last speaker named still carries over to an omitted subject. */
  private static final int CARRY_OVER = 600;

  /** How far back the last speaker named carries over to a quotation with no cue at all. */
  private static final int NO_CUE_CARRY_OVER = 300;

  /** How many sentences back the closest person named is looked for. */
  private static final int MENTION_REACH = 2;

  /**
   * How many words after an opening subject its auxiliary may stand ("I titolari ieri notte
   * hanno").
   */
  private static final int SUBJECT_TO_VERB = 4;

  /** Prepositions other than "di" and "da" that put a name out of the subject's place. */
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "a", "al", "allo", "alla", "ai", "agli", "alle", "all'", "all’", "ad", "con", "col",
          "per", "su", "sul", "sulla", "sui", "sugli", "sulle", "tra", "fra", "in", "nel", "nella",
          "nei", "negli", "nelle", "verso", "contro");

  /** Where words are said: "ha detto in una nota Briguglio", "ha dichiarato in un'intervista X". */
  private static final Set<String> OCCASIONS =
      Set.of(
          "nota",
          "intervista",
          "conferenza",
          "comunicato",
          "dichiarazione",
          "messaggio",
          "post",
          "tweet",
          "lettera",
          "video",
          "diretta",
          "aula",
          "seduta",
          "udienza",
          "occasione",
          "un'intervista",
          "un’intervista");

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

  /** Conjunctions that end a reported clause rather than belong to it. */
  private static final Set<String> CONJUNCTIONS =
      Set.of("e", "ed", "ma", "mentre", "però", "oppure", "o", "infatti", "quindi", "tuttavia");

  private static final Set<String> DEMONSTRATIVES =
      Set.of("questo", "questa", "queste", "questi", "così", "tale", "tali");

  /** Nouns of what someone said: "Questo il commento di …", "Queste le parole del …". */
  private static final Set<String> SPEECH_NOUNS =
      Set.of(
          "commento",
          "commenti",
          "parole",
          "dichiarazione",
          "dichiarazioni",
          "affermazioni",
          "reazione",
          "appello",
          "messaggio",
          "annuncio",
          "sfogo",
          "testimonianza",
          "racconto",
          "replica",
          "risposta",
          "frase",
          "frasi",
          "monito",
          "auspicio");

  /** How many coordinated verbs back a reporting verb's subject is looked for. */
  private static final int MAX_CONJ_HOPS = 3;

  /** Dependents that are not part of a subject's noun phrase. */
  private static final Set<String> NOT_IN_PHRASE =
      Set.of("acl", "acl:relcl", "punct", "appos", "parataxis", "conj", "cc");

  /** The most words an aside between commas after "secondo X" may hold. */
  private static final int ASIDE = 20;

  /** Relative pronouns that open an aside: "secondo X, il quale …". */
  private static final Set<String> RELATIVE = Set.of("il quale", "la quale", "i quali", "le quali");

  /** How many words before an opening mark a reporting verb may stand. */
  private static final int MAX_LEAD = 20;

  /**
   * Words with stop-word flags and no punctuation, the same whichever annotator produced the
   * article's mentions (CoreNLP, for one, keeps punctuation as tokens and splits "della").
   */
  private static final LuceneAnnotator WORDS = LuceneAnnotator.italian();

  @Override
  public List<Quotation> extract(AnnotatedArticle article) {
    return new Run(article).extract();
  }

  /** The state of one extraction: one article, its tokens, what was found so far. */
  private static final class Run {
    private final AnnotatedArticle article;
    private final String text;
    private final List<Token> tokens;
    private final List<QuoteMarks.Quoted> quoted;

    /** The dependency parses made so far, of sentences holding a cue with no subject near. */
    private final Map<Sentence, @Nullable Parsed> parses = new HashMap<>();

    /** Per token: inside a person or body the annotator found. */
    private final boolean[] inName;

    private final List<Quotation> found = new ArrayList<>();

    /** Every reporting frame of the article that names its subject, in text order. */
    private final List<Frame> named = new ArrayList<>();

    Run(AnnotatedArticle article) {
      this.article = article;
      this.text = article.article().text();
      this.tokens = WORDS.annotate(article.article()).tokens();
      this.quoted = QuoteMarks.find(text);
      this.inName = new boolean[tokens.size()];
      for (Mention m : article.mentions()) {
        if (m.type() != EntityType.LOC) {
          for (int i = firstAtOrAfter(m.span().start()); i < firstAtOrAfter(m.span().end()); i++) {
            inName[i] = true;
          }
        }
      }
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
            Frame f = verbGroup(start, end, true);
            if (f != null && f.subject != null && !isPronoun(f.subject) && plausible(f.subject)) {
              named.add(f);
            }
          }
        }
      }
      for (QuoteMarks.Quoted q : quoted) {
        direct(q);
      }
      for (Sentence s : article.sentences()) {
        indirect(s);
      }
      found.sort(Comparator.comparing(Quotation::span));
      return List.copyOf(found);
    }

    private void direct(QuoteMarks.Quoted q) {
      int from = firstAtOrAfter(q.inside().start());
      int to = firstAtOrAfter(q.inside().end());
      int words = to - from;
      Frame frame = inside(q, from, to);
      if (frame == null) {
        frame = after(q);
      }
      if (frame == null) {
        frame = before(q);
      }
      if (frame == null) {
        frame = sentenceFinal(q);
      }
      if (frame == null) {
        frame = colon(q);
      }
      if (words < MIN_WORDS && (frame == null || words < 2 || isSecondo(frame))) {
        return; // a name right after "secondo" is part of who speaks ("secondo l'istituto “X”")
      }
      if (frame == null && looksLikeTitle(q, words)) {
        return;
      }
      Speaker speaker = frame == null ? speechNounAgent(q) : speakerOf(frame, q.marks().start());
      if (frame == null && speaker == null) {
        speaker = carriedOver(q.marks().start());
      }
      if (frame == null && speaker == null) {
        speaker = introduced(q.marks().start());
      }
      if (frame == null && speaker == null) {
        speaker = leading(q);
      }
      if (frame == null && speaker == null && looksLikeScareQuote(q, words)) {
        return;
      }
      found.add(
          new Quotation(
              article.id(),
              q.inside(),
              q.inside().of(text),
              Quotation.Kind.DIRECT,
              frame == null ? null : frame.cue,
              speaker));
    }

    private boolean isSecondo(Frame f) {
      return ItalianReporting.lower(f.cue.of(text)).equals("secondo");
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

    /** Whether the annotator tagged parts of speech (the word analysis alone does not). */
    private boolean tagged() {
      return article.tokens().stream().anyMatch(t -> !t.pos().isEmpty());
    }

    /** "«… - racconta il titolare - …»": a reporting verb right after a dash inside the marks. */
    private @Nullable Frame inside(QuoteMarks.Quoted q, int from, int to) {
      for (int i = from + 1; i < to; i++) {
        String gap = text.substring(tokens.get(i - 1).span().end(), tokens.get(i).span().start());
        if (!isDash(gap.strip())) {
          continue;
        }
        int end = segmentEnd(i, to);
        Frame f = verbGroup(i, end, false);
        if (f != null) {
          return f;
        }
      }
      return null;
    }

    /** "«…», ha detto Peskov", "«…»: lo scrive Trump", "«…». Lo ha detto il ministro". */
    private @Nullable Frame after(QuoteMarks.Quoted q) {
      int i = firstAtOrAfter(q.marks().end());
      if (i >= tokens.size()) {
        return null;
      }
      String gap = text.substring(q.marks().end(), tokens.get(i).span().start());
      if (gap.contains("\n")) {
        return null;
      }
      Frame noun = speechNounFrame(i);
      if (noun != null && (gap.strip().equals(".") || gap.isBlank())) {
        return noun;
      }
      String punct = gap.replaceAll("[\\s,;:\\-\u2013\u2014]", "");
      String first = tokens.get(i).text();
      boolean goesOn = isClitic(first) || Character.isLowerCase(first.codePointAt(0));
      if (!punct.isEmpty() && !(punct.equals(".") && goesOn)) {
        return null;
      }
      if (ItalianReporting.lower(first).equals("così") && !hasPunctAfter(i)) {
        Span who = phraseAfter(i + 1, paragraphEndToken(i));
        String rest =
            who == null ? "" : text.substring(who.end(), Math.min(text.length(), who.end() + 80));
        if (who != null && !rest.matches("(?s)[^.\\n]*:\\s*[«“\"].*")) {
          // not "Così i due capitani Eleonora Lo Bianco (ITA): “…”", which introduces the next
          // "«…». Così Confesercenti."
          return new Frame(tokens.get(i).span(), who, true, endToken(who, i));
        }
      }
      return verbGroup(i, paragraphEndToken(i), false);
    }

    /**
     * "«…». Questo il commento di padre Federico Lombardi": a demonstrative, a noun of speech and
     * "di" with the speaker.
     */
    private @Nullable Frame speechNounFrame(int i) {
      if (i + 3 >= tokens.size()
          || !DEMONSTRATIVES.contains(ItalianReporting.lower(tokens.get(i).text()))) {
        return null;
      }
      int j = i + 1;
      if (kindOf(j) == Kind.DETERMINER) {
        j++;
      }
      if (j + 1 >= tokens.size()
          || !SPEECH_NOUNS.contains(ItalianReporting.lower(tokens.get(j).text()))
          || kindOf(j + 1) != Kind.OF
          || hasPunctBefore(j + 1)) {
        return null;
      }
      int from = j + 2;
      if (ItalianReporting.OF.contains(ItalianReporting.lower(tokens.get(j + 1).text()))
          && elided(tokens.get(j + 1).text())) {
        from = j + 1; // "dell'" glued to the noun
      }
      Span who = phraseAfter(from, paragraphEndToken(i));
      if (who == null || !plausible(who)) {
        return null;
      }
      return new Frame(tokens.get(j).span(), who, true, endToken(who, j));
    }

    /** "Peskov ha affermato: «…»", "Trump ha affermato di avere “riflettuto” …". */
    private @Nullable Frame before(QuoteMarks.Quoted q) {
      int open = q.marks().start();
      Sentence s = sentenceAt(open);
      int first = s == null ? 0 : firstAtOrAfter(s.span().start());
      int last = firstAtOrAfter(open) - 1;
      for (int i = last; i >= first; i--) { // a reporting verb near, "secondo X" anywhere before
        if (insideQuote(tokens.get(i).span().start())) {
          continue;
        }
        if (last - i < MAX_LEAD && reporting(i)) {
          int start = groupStart(i, first);
          Frame f = verbGroup(start, last + 1, true);
          if (f != null) {
            return f;
          }
        }
        if (ItalianReporting.lower(tokens.get(i).text()).equals("secondo")
            && !insideQuote(tokens.get(i).span().start())) {
          Span who =
              i + 1 <= last && isPronoun(tokens.get(i + 1).span())
                  ? tokens.get(i + 1).span()
                  : phraseAfter(i + 1, last + 1);
          if (who != null) {
            return new Frame(tokens.get(i).span(), who, false, i);
          }
        }
      }
      return null;
    }

    /**
     * "… che una “soluzione di lungo termine” può essere raggiunta, ha aggiunto.": a cue ending the
     * sentence after a comma.
     */
    private @Nullable Frame sentenceFinal(QuoteMarks.Quoted q) {
      Sentence s = sentenceAt(q.marks().end() - 1);
      if (s == null) {
        return null;
      }
      int end = firstAtOrAfter(s.span().end());
      for (int i = firstAtOrAfter(q.marks().end()); i < end; i++) {
        String gap = text.substring(tokens.get(i - 1).span().end(), tokens.get(i).span().start());
        if (gap.strip().equals(",")) {
          Frame f = verbGroup(i, end, false);
          if (f != null && firstAtOrAfter(f.cue.end()) == end) {
            return f;
          }
        }
      }
      return null;
    }

    /**
     * A quotation with no cue right after another quotation or a reporting sentence goes on with
     * the same speaker ("Lo racconta Marco. «…»"; "Trump ha affermato di … “…”. Trump e Putin hanno
     * acconsentito a “…”").
     */
    private @Nullable Speaker carriedOver(int start) {
      return lastSpeaker(start, NO_CUE_CARRY_OVER)
          .filter(s -> !someoneElseNamed(s, lastSpoken(start), start))
          .map(s -> new Speaker(s, s.of(text), Speaker.Basis.ANTECEDENT))
          .orElse(null);
    }

    /**
     * Whether the sentence that introduces a quotation with a colon names someone other than {@code
     * speaker} who could speak, after {@code from} (where the speaker last spoke) and outside
     * quotations and prepositional phrases: a person or body the annotator found, or a noun of
     * people or bodies. Then the quotation may be theirs, and the speaker does not carry over
     * ("L'amico Kugan Cassius ha twittato: «…». … c'è l'agenzia che promuove l'atleta … : «…»").
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
     * A quotation with no cue right after the sentence that introduces its speaker, in the same
     * paragraph: the one person that sentence names outside a prepositional phrase ("E non ha
     * nascosto la propria amarezza il parroco, don Paolo Notari. «…»"; not "hanno scritto al
     * sindaco Muzzarelli. «…»"), else the noun phrase that opens it as the subject of an auxiliary
     * ("La donna, italiana, ha avvicinato l'anziana. «…»", "I titolari … sono tornati: “…”") or
     * that stands right before the quotation as its caption ("La ragazza rapinata «…»").
     */
    private @Nullable Speaker introduced(int open) {
      Sentence s = sentenceAt(open);
      if (s == null) {
        return null;
      }
      if (firstAtOrAfter(s.span().start()) == firstAtOrAfter(open)) { // the mark opens it
        int idx = article.sentences().indexOf(s);
        if (idx == 0 || article.sentences().get(idx - 1).paragraph() != s.paragraph()) {
          return null;
        }
        s = article.sentences().get(idx - 1);
      }
      int first = firstAtOrAfter(s.span().start());
      int limit = Math.min(firstAtOrAfter(s.span().end()), firstAtOrAfter(open));
      List<Span> persons = namesIn(s, open, EntityType.PER, first);
      List<Span> bodies = namesIn(s, open, EntityType.ORG, first);
      boolean colon = text.substring(0, open).stripTrailing().endsWith(":");
      Span who =
          persons.size() == 1
              ? persons.get(0)
              : persons.isEmpty() && colon && bodies.size() == 1
                  ? bodies.get(0) // "c'è l'agenzia …, la Henessy Sports, a diramare …: «…»"
                  : subjectOpening(first, limit);
      if (who != null && passiveSubject(who)) {
        return null; // "Dell'Utri è stato invece assolto … perché «il fatto non sussiste»"
      }
      return who == null || !plausible(who)
          ? null
          : new Speaker(who, who.of(text), Speaker.Basis.ANTECEDENT);
    }

    /**
     * The distinct names of {@code type} in sentence {@code s} before {@code open}, outside
     * quotations and prepositional phrases.
     */
    private List<Span> namesIn(Sentence s, int open, EntityType type, int first) {
      List<Span> names = new ArrayList<>();
      for (Mention m : article.mentions()) {
        Span at = m.span();
        if (m.type() == type
            && at.start() >= s.span().start()
            && at.end() <= open
            && !insideQuote(at.start())
            && !governedByPreposition(firstAtOrAfter(at.start()), first)
            && names.stream().noneMatch(p -> p.of(text).equals(at.of(text)))) {
          names.add(at);
        }
      }
      return names;
    }

    /** A determiner phrase opening a sentence and then an auxiliary, or the quotation. */
    private @Nullable Span subjectOpening(int first, int limit) {
      if (first >= limit || kindOf(first) != Kind.DETERMINER) {
        return null;
      }
      Span phrase = phraseAfter(first, limit);
      if (phrase == null
          || article.times().stream()
              .anyMatch(t -> t.span().start() < phrase.end() && phrase.start() < t.span().end())) {
        return null; // "L'altro giorno …"
      }
      int next = endToken(phrase, first) + 1;
      if (next == limit) {
        return phrase; // a caption: "La ragazza rapinata «…»"
      }
      for (int j = next; j < limit && j - next < SUBJECT_TO_VERB; j++) {
        if (ItalianReporting.AUXILIARIES.contains(ItalianReporting.lower(tokens.get(j).text()))) {
          return phrase;
        }
      }
      return null;
    }

    /** Whether the noun phrase holding token {@code i} follows a preposition ("al sindaco X"). */
    private boolean governedByPreposition(int i, int floor) {
      int j = i;
      while (j - 1 >= floor && !hasPunctBefore(j) && kindOf(j - 1) != Kind.OTHER) {
        j--;
      }
      if (j - 1 < floor || hasPunctBefore(j)) {
        return false;
      }
      String w = ItalianReporting.lower(tokens.get(j - 1).text());
      return PREPOSITIONS.contains(w) || ItalianReporting.BY.contains(w) || startsWithBy(j - 1);
    }

    /**
     * A quotation that opens the article, before which stands at most a dateline ("MODENA. «…»"),
     * is said by the person whose name opens the next sentence ("Cesare Pesaro ha 25 anni").
     */
    private @Nullable Speaker leading(QuoteMarks.Quoted q) {
      int before = firstAtOrAfter(q.marks().start());
      if (before > 1
          || before == 1
              && !tokens.get(0).text().equals(tokens.get(0).text().toUpperCase(Locale.ROOT))) {
        return null;
      }
      int next = firstAtOrAfter(q.marks().end());
      if (next >= tokens.size()) {
        return null;
      }
      int at = tokens.get(next).span().start();
      for (Mention m : article.mentions()) {
        if (m.type() == EntityType.PER && m.span().start() == at) {
          return new Speaker(m.span(), m.span().of(text), Speaker.Basis.ANTECEDENT);
        }
      }
      return null;
    }

    /**
     * "Il Cremlino: «…»", "Leggi anche Modena, la commessa: «…»": a bare noun phrase and a colon.
     */
    private @Nullable Frame colon(QuoteMarks.Quoted q) {
      int open = q.marks().start();
      int last = firstAtOrAfter(open) - 1;
      String gap = last < 0 ? "" : text.substring(tokens.get(last).span().end(), open).strip();
      if (!gap.equals(":") && !gap.equals("):")) {
        return null;
      }
      if (gap.equals("):")) {
        int paren = text.lastIndexOf('(', tokens.get(last).span().start());
        if (paren < 0 || firstAtOrAfter(paren) == 0) {
          return null;
        }
        // "Avital Selinger (NED): «…»": the name before the bracket
        int end = firstAtOrAfter(paren) - 1;
        Span name = nameEndingAt(end).orElseGet(() -> phraseEndingAt(end));
        if (name != null
            && Character.isUpperCase(tokens.get(end).text().codePointAt(0))
            && plausible(name)) {
          return new Frame(new Span(tokens.get(last).span().end(), open), name, false, last);
        }
        return null;
      }
      Span who = phraseEndingAt(last);
      if (who == null) {
        return null;
      }
      int first = firstAtOrAfter(who.start());
      boolean bare =
          first == 0
              || hasPunctBefore(first)
              || kindOf(first - 1) == Kind.OTHER && hasPunctBefore(first - 1);
      if (!bare || !hasPunctBefore(first) || !plausible(who)) {
        return null;
      }
      return new Frame(new Span(tokens.get(last).span().end(), open), who, false, last);
    }

    /**
     * Indirect speech in one sentence: a reporting verb and its complement ("Peskov ha affermato
     * che …", "ha dichiarato alla polizia di aver …", "ha accusato il governo di non …"), "secondo
     * X" with the clause it governs, and a parenthetical cue (", ribadisce Berlusconi,", ", come ha
     * riferito la stessa Munzig,"). Direct quotations inside the clause stay direct quotations too.
     */
    private void indirect(Sentence s) {
      int first = firstAtOrAfter(s.span().start());
      int end = firstAtOrAfter(s.span().end());
      for (int i = first; i < end; i++) {
        Token t = tokens.get(i);
        if (insideQuote(t.span().start())) {
          continue;
        }
        if (ItalianReporting.lower(t.text()).equals("secondo")) {
          secondo(s, i, first, end);
          continue;
        }
        if (!reporting(i) || i > first && ItalianSpeakers.isIndefinite(tokens.get(i - 1).text())) {
          continue; // "c'è chi dice che": no one in particular
        }
        int group = groupStart(i, first);
        Frame f = verbGroup(group, end, true);
        if (f == null) {
          continue;
        }
        if (!f.subjectAfter && f.subject != null && gerund(ItalianReporting.lower(t.text()))) {
          // "ha pubblicato un tweet dicendo di …": the phrase before is the main verb's object
          f = new Frame(f.cue, null, false, f.subjectEndToken);
        }
        if (f.subjectAfter && takesPersonObject(i)) {
          // "ha accusato il governo di …": the phrase after is whom, the subject is omitted
          f = new Frame(f.cue, null, false, f.subjectEndToken);
        }
        int j =
            f.subject != null && f.subjectAfter || takesPersonObject(i)
                ? f.subjectEndToken + 1
                : firstAtOrAfter(f.cue.end());
        j = complementStart(j, end);
        if (j < 0) {
          parenthetical(s, f, group, first, end);
          continue;
        }
        if (f.subject != null && !isPronoun(f.subject) && !plausible(f.subject)) {
          continue; // "i dati dicono che": not a report of anyone's words
        }
        Span clause = clause(j + 1, end, s); // the clause, without "che" or "di"
        if (clause != null) {
          add(clause, f.cue, speakerOf(f, clause.start()));
        }
      }
    }

    /**
     * The token of "che" or "di" + infinitive that opens the complement at or after {@code j}, past
     * adverbs, a short prepositional phrase ("alla polizia", "sulla questione"), an object ("il
     * governo") or an aside between commas; -1 when there is none.
     */
    private int complementStart(int j, int end) {
      int k = j;
      int skipped = 0;
      while (k < end && skipped < 8) {
        String w = ItalianReporting.lower(tokens.get(k).text());
        boolean that = w.equals("che");
        boolean to = w.equals("di") && k + 1 < end && infinitiveOrNot(k + 1, end);
        if (that || to) {
          return k;
        }
        if (gapBefore(k).strip().equals(",") && skipped == 0) {
          int close = k + 1; // ", rispondendo alle domande poste in merito, che"
          while (close < end && close - k < 10 && !gapBefore(close).strip().equals(",")) {
            close++;
          }
          if (close < end && close - k < 10) {
            k = close;
            skipped++;
            continue;
          }
          return -1;
        }
        if (k > j && hasPunctBefore(k) || ItalianReporting.isVerb(w)) {
          return -1;
        }
        k++;
        skipped++;
      }
      return -1;
    }

    /** Verbs whose object is a person, told or accused: "accusare", "informare", "avvisare". */
    private boolean takesPersonObject(int verb) {
      String w = ItalianReporting.lower(tokens.get(verb).text());
      return w.startsWith("accus") || w.startsWith("inform") || w.startsWith("avvis");
    }

    private boolean infinitiveOrNot(int k, int end) {
      if (ItalianReporting.lower(tokens.get(k).text()).equals("non") && k + 1 < end) {
        k++;
      }
      return infinitive(tokens.get(k));
    }

    /**
     * The reported clause from token {@code j} to the end of the sentence, or to where a new
     * reporting frame begins (", mentre la sua addestratrice giurò …", ", inoltre, racconta,").
     */
    private @Nullable Span clause(int j, int end, Sentence s) {
      int stop = end;
      for (int k = j + 1; k < end; k++) {
        if (insideQuote(tokens.get(k).span().start())) {
          if (k > j + 1
              && !insideQuote(tokens.get(k - 1).span().start())
              && Character.isUpperCase(tokens.get(k).text().codePointAt(0))) {
            stop = k; // "… di aver visto delle persone fuggire «Stavo parlando …»": a new quotation
            break;
          }
          continue;
        }
        String gap = gapBefore(k).strip();
        if (gap.equals(";")) {
          stop = k;
          break;
        }
        if (reporting(k) && !gap.isEmpty()
            || reporting(k) && k + 1 < end && hasPunctBefore(k + 1)) {
          int from = groupStart(k, j + 1);
          Span subject = phraseBefore(from);
          stop = subject != null ? firstAtOrAfter(subject.start()) : from;
          break;
        }
      }
      if (stop <= j) {
        return null;
      }
      int e = tokens.get(stop - 1).span().end();
      while (stop - 1 > j
          && CONJUNCTIONS.contains(ItalianReporting.lower(tokens.get(stop - 1).text()))) {
        stop--;
        e = tokens.get(stop - 1).span().end();
      }
      if (stop == end) {
        e = s.span().end(); // keep a closing quotation mark with the clause
      }
      Span clause = trimEnd(new Span(tokens.get(j).span().start(), e));
      return clause.length() == 0 || overlapsIndirect(clause) ? null : clause;
    }

    /**
     * "Secondo gli editori, …", "…, secondo i tabloid inglesi, avrebbe …", "secondo la quale …".
     */
    private void secondo(Sentence s, int i, int first, int end) {
      if (i + 1 >= end || i > first && kindOf(i - 1) == Kind.DETERMINER) {
        return; // "il secondo"
      }
      int next = i + 1;
      String w = ItalianReporting.lower(tokens.get(next).text());
      Speaker speaker;
      int after;
      if (w.equals("la") || w.equals("il") || w.equals("le") || w.equals("i")) {
        String rel = next + 1 < end ? ItalianReporting.lower(tokens.get(next + 1).text()) : "";
        if (rel.equals("quale")
            || rel.equals("quali")) { // "una dichiarazione di X secondo la quale"
          Optional<Span> who = nearestMention(tokens.get(i).span().start());
          speaker = who.map(x -> new Speaker(x, x.of(text), Speaker.Basis.ANTECEDENT)).orElse(null);
          Span clause = clause(next + 2, end, s);
          if (clause != null) {
            add(clause, tokens.get(i).span(), speaker);
          }
          return;
        }
      }
      Span who =
          ItalianReporting.PRONOUNS.contains(w)
              ? tokens.get(next).span()
              : phraseAfter(DEMONSTRATIVES.contains(w) ? next + 1 : next, end); // "questa ong"
      if (who == null || isPronoun(who) || !plausible(who)) {
        return; // "secondo logiche di mercato", "secondo alcuni"
      }
      speaker = new Speaker(who, who.of(text), Speaker.Basis.CUE);
      boolean opens = i == first || firstContent(first, i);
      after = opens ? pastAsides(endToken(who, next) + 1, end) : endToken(who, next) + 1;
      Span clause;
      if (opens && after < end && gapBefore(after).strip().equals(",")) {
        clause = clause(after, end, s);
      } else if (!opens) {
        clause = clause(first, end, s);
      } else {
        return;
      }
      if (clause != null) {
        add(clause, tokens.get(i).span(), speaker);
      }
    }

    /**
     * Where the clause governed by an opening "secondo X" starts: past the rest of a long name
     * ("secondo gli occhiuti militari del Nucleo … di Roma, …") and past asides between commas that
     * describe X, a relative clause or an apposition with no verb ("Secondo Ed Lucas, pubblico
     * ministero nel processo, Pearce …"); {@code k} itself when there is none.
     */
    private int pastAsides(int k, int end) {
      int at = k;
      boolean quoted = gapBefore(at).replaceAll("[\\s\"«“]", "").isEmpty(); // "… “Mario Negri”"
      if (at < end && !commaBefore(at) && (quoted && hasPunctBefore(at) || kindOf(at) == Kind.OF)) {
        int comma = nextComma(at, end, ASIDE);
        if (comma < 0 || hasVerb(at, comma)) {
          return k;
        }
        at = comma;
      }
      while (at < end && commaBefore(at)) {
        int comma = nextComma(at, end, ASIDE);
        String w = ItalianReporting.lower(tokens.get(at).text());
        boolean relative =
            w.equals("che")
                || at + 1 < end
                    && RELATIVE.contains(
                        w + " " + ItalianReporting.lower(tokens.get(at + 1).text()));
        boolean apposition = kindOf(at) == Kind.CONTENT && Character.isLowerCase(w.codePointAt(0));
        if (comma < 0 || !(relative || apposition && !hasVerb(at, comma))) {
          break;
        }
        at = comma;
      }
      return at;
    }

    /** The first token after {@code from}, within {@code reach}, that a comma precedes; or -1. */
    private int nextComma(int from, int end, int reach) {
      for (int j = from + 1; j < end && j - from <= reach; j++) {
        if (commaBefore(j)) {
          return j;
        }
        if (hasPunctBefore(j) && !gapBefore(j).replaceAll("[\\s\"«»“”']", "").isEmpty()) {
          return -1; // a full stop, a colon, a bracket: the aside does not close
        }
      }
      return -1;
    }

    /** A comma, maybe with a closing quotation mark, between token {@code j} and the last. */
    private boolean commaBefore(int j) {
      return gapBefore(j).replaceAll("[\\s\"»”]", "").equals(",");
    }

    /**
     * Whether the annotator tagged a verb or an auxiliary among tokens {@code from} to {@code to}.
     */
    private boolean hasVerb(int from, int to) {
      Span range = new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
      return article.tokens().stream()
          .anyMatch(
              t -> range.contains(t.span()) && (t.pos().equals("VERB") || t.pos().equals("AUX")));
    }

    /** Whether only adverbs and conjunctions stand between {@code first} and {@code i}. */
    private boolean firstContent(int first, int i) {
      for (int k = first; k < i; k++) {
        String w = ItalianReporting.lower(tokens.get(k).text());
        if (!ItalianReporting.ADVERBS.contains(w) && !CONJUNCTIONS.contains(w)) {
          return false;
        }
      }
      return true;
    }

    /**
     * ", ribadisce Berlusconi,", ", come ha riferito la stessa Munzig,", ", racconta,": a cue
     * between commas, not next to quotation marks, reports the clause around it.
     */
    private void parenthetical(Sentence s, Frame f, int group, int first, int end) {
      int open = group;
      if (open > first && ItalianReporting.lower(tokens.get(open - 1).text()).equals("come")) {
        open--;
      }
      int close = f.subjectAfter ? f.subjectEndToken + 1 : firstAtOrAfter(f.cue.end());
      if (open <= first || close >= end) {
        return;
      }
      String before = gapBefore(open).strip();
      String after = gapBefore(close).strip();
      if (!(before.equals(",") || isDash(before)) || !(after.equals(",") || isDash(after))) {
        return;
      }
      if (containsQuoteMark(
          new Span(tokens.get(open - 1).span().end(), tokens.get(close).span().start()))) {
        return;
      }
      int from = first;
      for (Quotation q : found) {
        if (q.kind() == Quotation.Kind.INDIRECT
            && q.span().end() <= tokens.get(open).span().start()
            && q.span().start() >= s.span().start()) {
          from = close; // an earlier report in the sentence: this one starts after the cue
        }
      }
      Span clause = clause(from, end, s);
      if (clause != null) {
        add(clause, f.cue, speakerOf(f, clause.start()));
      }
    }

    private void add(Span clause, @Nullable Span cue, @Nullable Speaker speaker) {
      found.add(
          new Quotation(
              article.id(), clause, clause.of(text), Quotation.Kind.INDIRECT, cue, speaker));
    }

    private boolean overlapsIndirect(Span span) {
      return found.stream()
          .anyMatch(
              q ->
                  q.kind() == Quotation.Kind.INDIRECT
                      && q.span().start() < span.end()
                      && span.start() < q.span().end());
    }

    /**
     * A reporting verb group starting at token {@code i} (an optional clitic "lo", auxiliaries,
     * adverbs, then the verb) and its subject, looked for before {@code limit}.
     */
    private @Nullable Frame verbGroup(int i, int limit, boolean subjectMayPrecede) {
      int j = i;
      if (j < limit && isClitic(tokens.get(j).text())) {
        j++;
      }
      boolean si = j < limit && ItalianReporting.lower(tokens.get(j).text()).equals("si");
      if (si) {
        j++; // "si legge", "si annuncia": what follows is the object, not who speaks
      }
      int verb = -1;
      boolean passive = false;
      for (; j < limit && j - i < 6; j++) {
        String w = ItalianReporting.lower(tokens.get(j).text());
        if (j > i && hasPunctBefore(j)) {
          return null;
        }
        if (ItalianReporting.isVerb(w) && !(j == i && nounUse(j)) && faSapere(j)) {
          verb = j;
          break;
        }
        if (w.equals("stato") || w.equals("stata") || w.equals("stati") || w.equals("state")) {
          passive = true;
        }
        if (!ItalianReporting.AUXILIARIES.contains(w)
            && !ItalianReporting.ADVERBS.contains(w)
            && !ItalianReporting.FA.contains(w)) {
          return null;
        }
      }
      if (verb < 0) {
        return null;
      }
      if (ItalianReporting.isParticiple(tokens.get(verb).text()) && !hasAuxiliary(i, verb)) {
        return null;
      }
      Span cue = new Span(tokens.get(i).span().start(), tokens.get(verb).span().end());
      int k = verb + 1;
      if (si) {
        return new Frame(cue, null, false, verb);
      }
      if (!passive && !subjectMayPrecede && k < limit && startsWithBy(k) && !hasPunctBefore(k)) {
        // "«…», spiegano dall'azienda", "… proseguono dalla Proget"
        Span from =
            elided(tokens.get(k).text()) ? phraseAfter(k, limit) : phraseAfter(k + 1, limit);
        if (from != null) {
          return new Frame(cue, from, true, endToken(from, k));
        }
      }
      if (passive) {
        if (k < limit
            && ItalianReporting.BY.contains(ItalianReporting.lower(tokens.get(k).text()))
            && !hasPunctBefore(k)) {
          Span agent = phraseAfter(k + 1, limit);
          return new Frame(cue, agent, true, endToken(agent, k));
        }
        return new Frame(cue, null, false, verb, true);
      }
      // A subject before the verb wins: after it, a noun phrase is more often the object
      // ("Peskov ha enfatizzato l'importanza"), unless nothing precedes ("Lo ha detto Peskov").
      Span before = subjectMayPrecede ? phraseBefore(i) : null;
      if (before != null) {
        before = notInPrepositionalPhrase(before);
      }
      if (before != null) {
        return new Frame(cue, before, false, verb);
      }
      Span after = k < limit && !hasPunctBefore(k) ? phraseAfter(k, limit) : null;
      if (after == null && k < limit && !hasPunctBefore(k)) {
        after = nameAfterPreposition(k, limit); // "ha detto in una nota Briguglio"
      }
      return after != null
          ? new Frame(cue, after, true, endToken(after, k))
          : new Frame(cue, null, false, verb);
    }

    /**
     * {@code phrase}, or the noun phrase it completes ("L'associazione per i diritti animali
     * Safe"), or nothing when it stands in a prepositional phrase ("si è rivolto al Gazzettino"): a
     * subject never does.
     */
    private @Nullable Span notInPrepositionalPhrase(Span phrase) {
      int p = firstAtOrAfter(phrase.start()) - 1;
      if (p < 0 || hasPunctBefore(p + 1)) {
        return phrase;
      }
      String w = ItalianReporting.lower(tokens.get(p).text());
      if (!PREPOSITIONS.contains(w) && !ItalianReporting.BY.contains(w) && !startsWithBy(p)) {
        return phrase;
      }
      Span head = phraseEndingAt(p - 1);
      if (head != null
          && plausible(head)
          && kindOf(firstAtOrAfter(head.start())) == Kind.DETERMINER
          && hasPunctBefore(firstAtOrAfter(head.start()))) {
        return new Span(head.start(), phrase.end());
      }
      return null;
    }

    /** A name after a short prepositional phrase: "in una nota Briguglio". */
    private @Nullable Span nameAfterPreposition(int k, int limit) {
      String w = ItalianReporting.lower(tokens.get(k).text());
      if (!PREPOSITIONS.contains(w)) {
        return null;
      }
      for (int j = k + 1; j < limit && j - k < 5; j++) {
        if (hasPunctBefore(j)) {
          return null;
        }
        String t = tokens.get(j).text();
        if (Character.isUpperCase(t.codePointAt(0)) && j > k + 1) { // not "ha scritto su Truth"
          boolean occasion = false;
          for (int m = k + 1; m < j; m++) {
            occasion |= OCCASIONS.contains(ItalianReporting.lower(tokens.get(m).text()));
          }
          if (!occasion) {
            return null; // "hanno scritto al sindaco Muzzarelli": whom, not who
          }
          Span name = phraseAfter(j, limit);
          return name != null && plausible(name) ? name : null;
        }
        if (kindOf(j) == Kind.OTHER) {
          return null;
        }
      }
      return null;
    }

    private boolean hasAuxiliary(int from, int verb) {
      for (int j = from; j < verb; j++) {
        if (ItalianReporting.AUXILIARIES.contains(ItalianReporting.lower(tokens.get(j).text()))) {
          return true;
        }
      }
      return false;
    }

    private int endToken(@Nullable Span phrase, int fallback) {
      if (phrase == null) {
        return fallback;
      }
      return firstAtOrAfter(phrase.end()) - 1;
    }

    /** The first token of the verb group whose verb is token {@code verb}. */
    private int groupStart(int verb, int floor) {
      int i = verb;
      while (i - 1 >= floor && !hasPunctBefore(i)) {
        String w = ItalianReporting.lower(tokens.get(i - 1).text());
        if (ItalianReporting.AUXILIARIES.contains(w)
            || ItalianReporting.ADVERBS.contains(w)
            || ItalianReporting.FA.contains(w)
            || w.equals("si")
            || isClitic(w)) {
          i--;
        } else {
          break;
        }
      }
      return i;
    }

    /** The noun phrase starting at token {@code i}: "il portavoce del Cremlino", "Trump". */
    private @Nullable Span phraseAfter(int i, int limit) {
      while (i < limit
          && ItalianReporting.ADVERBS.contains(ItalianReporting.lower(tokens.get(i).text()))) {
        i++;
      }
      int lastContent = -1;
      for (int j = i; j < limit && j - i < 9; j++) {
        if (j > i && hasPunctBefore(j)) {
          break;
        }
        Kind kind = kindOf(j);
        if (kind == Kind.DETERMINER && (j == i || kindOf(j - 1) == Kind.OF)) {
          continue;
        }
        if (kind == Kind.OF && lastContent >= 0) {
          continue;
        }
        if (kind != Kind.CONTENT) {
          break;
        }
        lastContent = j;
      }
      if (lastContent < 0) {
        return null;
      }
      return new Span(tokens.get(i).span().start(), tokens.get(lastContent).span().end());
    }

    /**
     * The noun phrase that ends right before token {@code i}, in the same clause: the subject of a
     * preposed "X ha detto". A pronoun comes back as a one-token phrase.
     */
    private @Nullable Span phraseBefore(int i) {
      if (i > 0 && hasPunctBefore(i)) {
        // "Trump, nel suo post su Truth, ha sottolineato": look past an adverbial aside
        int j = i - 1;
        while (j > 0 && !hasPunctBefore(j)) {
          j--;
        }
        boolean commas = gapBefore(i).strip().equals(",") && gapBefore(j).strip().equals(",");
        if (commas && i - j < 12 && kindOf(j) == Kind.OTHER) {
          return phraseEndingAt(j - 1);
        }
        if (commas && i - j < 8 && j > 0) {
          // "Lisa Capes, testimone oculare dell'avvenimento, ha raccontato": an apposition
          Span name = phraseEndingAt(j - 1);
          Span role = phraseAfter(j, i);
          if (name != null && plausible(name) && role != null && plausible(role)) {
            return name;
          }
        }
        return null;
      }
      return phraseEndingAt(i - 1);
    }

    /** The person or body the annotator found ending with token {@code end}, if any. */
    private Optional<Span> nameEndingAt(int end) {
      int at = tokens.get(end).span().end();
      return article.mentions().stream()
          .filter(m -> m.type() != EntityType.LOC && m.span().end() == at)
          .map(Mention::span)
          .findFirst();
    }

    private @Nullable Span phraseEndingAt(int end) {
      if (end < 0) {
        return null;
      }
      if (ItalianReporting.PRONOUNS.contains(ItalianReporting.lower(tokens.get(end).text()))) {
        return tokens.get(end).span();
      }
      int start = -1;
      for (int j = end; j >= 0 && end - j < 10; j--) {
        Kind kind = kindOf(j);
        if (kind == Kind.OTHER) {
          break;
        }
        start = j;
        if (kind == Kind.DETERMINER || j == 0 || hasPunctBefore(j)) {
          break;
        }
      }
      while (start >= 0 && start <= end && kindOf(start) == Kind.OF) {
        start++;
      }
      if (start < 0 || start > end || kindOf(end) != Kind.CONTENT) {
        return null;
      }
      return new Span(tokens.get(start).span().start(), tokens.get(end).span().end());
    }

    private @Nullable Speaker speakerOf(Frame frame, int quoteStart) {
      Span who = frame.subject;
      if (frame.impersonal) {
        return null;
      }
      if (who != null && !isPronoun(who)) {
        // precision before coverage: words that cannot name a person or body name no one
        return plausible(who) ? new Speaker(who, who.of(text), Speaker.Basis.CUE) : null;
      }
      if (who == null) {
        Span subject = syntacticSubject(frame.cue);
        if (subject != null) {
          return new Speaker(subject, subject.of(text), Speaker.Basis.CUE);
        }
      }
      int before = Math.min(quoteStart, frame.cue.start());
      Optional<Span> antecedent =
          who != null
              ? nearestMention(before).or(() -> lastSpeaker(frame.cue.start(), CARRY_OVER))
              : lastSpeaker(frame.cue.start(), CARRY_OVER).or(() -> nearestMention(before));
      return antecedent.map(s -> new Speaker(s, s.of(text), Speaker.Basis.ANTECEDENT)).orElse(null);
    }

    /**
     * The subject the dependency parse gives the reporting verb of {@code cue} when the words next
     * to it name none: "L'organo predisposto a questo cambiamento, ha spiegato che …", the first
     * verb's subject for a coordinated one ("Un gruppo di attivisti ha dato … e ha accusato …").
     * Null when the parse has no subject there (an omitted one is left to the carry-over), when it
     * is a pronoun, or when it cannot name a person or body.
     */
    private @Nullable Span syntacticSubject(Span cue) {
      Sentence s = sentenceAt(cue.start());
      Parsed p = s == null ? null : parsed(s);
      if (p == null) {
        return null;
      }
      int verb = -1;
      for (int k = 0; k < p.words().size(); k++) {
        if (cue.contains(p.words().get(k).span()) && p.words().get(k).pos().equals("VERB")) {
          verb = k;
        }
      }
      for (int v = verb, hops = 0; v >= 0 && hops < MAX_CONJ_HOPS; hops++) {
        for (int d : p.parse().dependents(v)) {
          if (p.parse().relation()[d].equals("nsubj") && !p.words().get(d).pos().equals("PRON")) {
            Span subject = subtree(p, d);
            return insideQuote(subject.start()) || !plausible(subject) ? null : subject;
          }
        }
        v = p.parse().relation()[v].equals("conj") ? p.parse().head()[v] : -1;
      }
      return null;
    }

    /**
     * "«…» e «…» sono alcune frasi pronunciate da Samaras": the agent of a participle that
     * qualifies a noun of speech after the quotation, in its sentence.
     */
    private @Nullable Speaker speechNounAgent(QuoteMarks.Quoted q) {
      Sentence s = sentenceAt(q.marks().end() - 1);
      Parsed p = s == null ? null : parsed(s);
      if (p == null) {
        return null;
      }
      for (int k = 0; k < p.words().size(); k++) {
        Token noun = p.words().get(k);
        if (noun.span().start() < q.marks().end()
            || !SPEECH_NOUNS.contains(ItalianReporting.lower(noun.text()))) {
          continue;
        }
        for (int participle : p.parse().dependents(k)) {
          if (!p.parse().relation()[participle].equals("acl")) {
            continue;
          }
          for (int agent : p.parse().dependents(participle)) {
            if (p.parse().relation()[agent].equals("obl:agent")) {
              Span who = subtree(p, agent);
              return plausible(who) ? new Speaker(who, who.of(text), Speaker.Basis.CUE) : null;
            }
          }
        }
      }
      return null;
    }

    /** Whether the parse makes the phrase {@code who} the subject of a passive: acted upon. */
    private boolean passiveSubject(Span who) {
      Sentence s = sentenceAt(who.start());
      Parsed p = s == null ? null : parsed(s);
      if (p == null) {
        return false;
      }
      for (int k = 0; k < p.words().size(); k++) {
        int head = p.parse().head()[k];
        if (who.contains(p.words().get(k).span())
            && (head < 0 || !who.contains(p.words().get(head).span()))) {
          return p.parse().relation()[k].equals("nsubj:pass"); // the phrase's head word
        }
      }
      return false;
    }

    /** A sentence's tagged words and their parse, made once; null when the words have no tags. */
    private @Nullable Parsed parsed(Sentence s) {
      if (parses.containsKey(s)) {
        return parses.get(s);
      }
      List<Token> words =
          article.tokens().stream().filter(t -> s.span().contains(t.span())).toList();
      Parsed p =
          words.isEmpty() || words.stream().anyMatch(t -> t.pos().isEmpty())
              ? null // no tags: an annotator without a model ran
              : new Parsed(words, ItalianDependencies.shared().parse(words));
      parses.put(s, p);
      return p;
    }

    /**
     * The words a noun phrase holds in the parse, without its relative clauses and asides, and
     * without the preposition before it ("da Samaras").
     */
    private static Span subtree(Parsed p, int root) {
      int first = root;
      int last = root;
      List<Integer> todo = new ArrayList<>(List.of(root));
      while (!todo.isEmpty()) {
        int k = todo.remove(todo.size() - 1);
        first = Math.min(first, k);
        last = Math.max(last, k);
        for (int d : p.parse().dependents(k)) {
          String relation = p.parse().relation()[d];
          if (!NOT_IN_PHRASE.contains(relation) && !(k == root && relation.equals("case"))) {
            todo.add(d);
          }
        }
      }
      return new Span(p.words().get(first).span().start(), p.words().get(last).span().end());
    }

    /** Whether token {@code i} is a reporting verb used as one (not "la conferma"). */
    private boolean reporting(int i) {
      return ItalianReporting.isVerb(tokens.get(i).text()) && !nounUse(i) && faSapere(i);
    }

    /** "sapere" reports speech only in "fa / fanno / hanno fatto sapere". */
    private boolean faSapere(int i) {
      return !ItalianReporting.lower(tokens.get(i).text()).equals("sapere")
          || i > 0
              && !hasPunctBefore(i)
              && ItalianReporting.FA.contains(ItalianReporting.lower(tokens.get(i - 1).text()));
    }

    /**
     * Whether {@code who} can name a speaker: it holds a person or body the annotator found, or its
     * head word is a name or a noun of people or bodies ({@link ItalianSpeakers}); never a bare
     * function word ("seguito", "oppure", "no").
     */
    private boolean plausible(Span who) {
      for (Mention m : article.mentions()) {
        if (m.type() != EntityType.LOC
            && m.span().start() < who.end()
            && who.start() < m.span().end()) {
          return true;
        }
      }
      int end = firstAtOrAfter(who.end());
      for (int i = firstAtOrAfter(who.start()); i < end; i++) {
        if (kindOf(i) != Kind.CONTENT) {
          continue;
        }
        String w = tokens.get(i).text();
        int apostrophe = Math.max(w.indexOf('\''), w.indexOf('\u2019'));
        w = w.substring(apostrophe + 1); // "l'anziana", "un'altra"
        if (w.isEmpty() || ItalianSpeakers.isOneOf(w)) {
          continue; // "una delle residenti", "un'altra residente"
        }
        if (ItalianSpeakers.isIndefinite(w)) {
          return false;
        }
        if (Character.isUpperCase(w.codePointAt(0)) || ItalianSpeakers.isPeopleNoun(w)) {
          return true; // the head, or the noun after it ("l'amarezza dei titolari")
        }
      }
      return false;
    }

    private boolean isPronoun(Span who) {
      int i = firstAtOrAfter(who.start());
      return firstAtOrAfter(who.end()) - i == 1
          && ItalianReporting.PRONOUNS.contains(ItalianReporting.lower(tokens.get(i).text()));
    }

    /**
     * The last speaker named before {@code offset}: the subject of a reporting frame, or the
     * speaker of a quotation found so far, whichever stands closer, if within {@code reach}.
     */
    private Optional<Span> lastSpeaker(int offset, int reach) {
      Span best = null;
      int at = -1;
      for (Frame f : named) {
        if (f.cue.end() <= offset && f.cue.end() > at && f.subject != null) {
          best = f.subject;
          at = f.cue.end();
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
        if (f.cue.end() <= offset && f.subject != null) {
          at = Math.max(at, Math.max(f.cue.end(), Math.min(offset, f.subject.end())));
        }
      }
      for (Quotation q : found) {
        if (q.speaker() != null && q.span().end() <= offset) {
          at = Math.max(at, q.span().end());
        }
      }
      return Math.max(at, 0);
    }

    /**
     * The closest person (else body) named before {@code offset}, in this sentence or the {@value
     * #MENTION_REACH} before.
     */
    private Optional<Span> nearestMention(int offset) {
      Sentence s = sentenceAt(offset);
      int floor = 0;
      if (s != null) {
        int idx = article.sentences().indexOf(s);
        floor = article.sentences().get(Math.max(0, idx - MENTION_REACH)).span().start();
      }
      Mention best = null;
      for (Mention m : article.mentions()) {
        if (m.span().end() > offset || m.span().start() < floor || m.type() == EntityType.LOC) {
          continue;
        }
        if (best == null
            || (m.type() == EntityType.PER && best.type() != EntityType.PER)
            || (m.type() == best.type() && m.span().start() > best.span().start())) {
          best = m;
        }
      }
      return Optional.ofNullable(best).map(Mention::span);
    }

    private enum Kind {
      DETERMINER,
      OF,
      CONTENT,
      OTHER
    }

    private Kind kindOf(int i) {
      Token t = tokens.get(i);
      String w = ItalianReporting.lower(t.text());
      boolean ofFollows =
          i + 1 < tokens.size()
              && gapBefore(i + 1).isBlank()
              && ItalianReporting.OF.contains(ItalianReporting.lower(tokens.get(i + 1).text()));
      if ((w.equals("uno") || w.equals("una")) && ofFollows) {
        return Kind.CONTENT; // "uno dei responsabili", "una delle residenti"
      }
      if (isInitial(i) || inName[i] && Character.isUpperCase(t.text().codePointAt(0))) {
        return Kind.CONTENT; // "A. M.": a name given as initials; "Ed Lucas", "Di Pietro"
      }
      if (ItalianReporting.DETERMINERS.contains(w)) {
        return Kind.DETERMINER;
      }
      if (ItalianReporting.OF.contains(w)) {
        return Kind.OF;
      }
      if (t.stop()
          || ItalianReporting.ADVERBS.contains(w)
          || ItalianReporting.AUXILIARIES.contains(t.text())
          || ItalianReporting.isVerb(w)
          || gerund(w)
          || !Character.isLetter(w.codePointAt(0))) {
        return Kind.OTHER;
      }
      return Kind.CONTENT;
    }

    /** A gerund ("riferendosi", "confermando") ends a noun phrase. */
    private static boolean gerund(String w) {
      return w.matches(".*[ae]ndo(si|la|lo|le|li|gli|ne)?");
    }

    private static boolean infinitive(Token t) {
      String w = ItalianReporting.lower(t.text());
      return w.matches(".*[aei]re?(si)?") && w.length() > 3
          || w.matches(".*[aei]r(si|lo|la|li|le|ne|gli|mi|ti|ci|vi)") && w.length() > 4 // "averlo"
          || w.equals("aver")
          || w.equals("esser");
    }

    /**
     * "la conferma", "una replica": a determiner before a verb form makes it a noun; "lo" before a
     * present or past tense is the object pronoun ("lo scrive Trump"), before a participle the
     * article ("lo scritto").
     */
    private boolean nounUse(int i) {
      if (i == 0 || hasPunctBefore(i)) {
        return false;
      }
      String prev = ItalianReporting.lower(tokens.get(i - 1).text());
      if (prev.equals("lo")) {
        return ItalianReporting.lower(tokens.get(i).text()).endsWith("to");
      }
      Kind kind = kindOf(i - 1);
      return kind == Kind.DETERMINER || kind == Kind.OF;
    }

    private static boolean isClitic(String word) {
      String w = ItalianReporting.lower(word);
      return w.equals("lo") || w.equals("così");
    }

    private static boolean isDash(String s) {
      return s.equals("-") || s.equals("\u2013") || s.equals("\u2014");
    }

    /** The token after the last one of the dash-delimited segment starting at {@code i}. */
    private int segmentEnd(int i, int limit) {
      for (int j = i + 1; j < limit; j++) {
        String gap = text.substring(tokens.get(j - 1).span().end(), tokens.get(j).span().start());
        if (isDash(gap.strip())) {
          return j;
        }
      }
      return limit;
    }

    private int paragraphEndToken(int i) {
      int nl = text.indexOf('\n', tokens.get(i).span().start());
      return nl < 0 ? tokens.size() : firstAtOrAfter(nl);
    }

    /**
     * Whether punctuation (anything but white space) separates token {@code j} from the last; the
     * full stop of an initial ("A. M.") does not.
     */
    private boolean hasPunctBefore(int j) {
      if (j == 0) {
        return true;
      }
      String gap = gapBefore(j);
      return !gap.isBlank() && !(gap.strip().equals(".") && isInitial(j - 1));
    }

    private boolean hasPunctAfter(int j) {
      return j + 1 >= tokens.size() || hasPunctBefore(j + 1);
    }

    /** One capital letter followed by a full stop: an initial of a name. */
    private boolean isInitial(int i) {
      String t = tokens.get(i).text();
      int end = tokens.get(i).span().end();
      return t.length() == 1
          && Character.isUpperCase(t.charAt(0))
          && end < text.length()
          && text.charAt(end) == '.';
    }

    /** "da", "dalla", "dall'azienda". */
    private boolean startsWithBy(int k) {
      String w = ItalianReporting.lower(tokens.get(k).text());
      int apostrophe = Math.max(w.indexOf('\''), w.indexOf('\u2019'));
      return ItalianReporting.BY.contains(apostrophe > 0 ? w.substring(0, apostrophe + 1) : w);
    }

    private static boolean elided(String w) {
      return w.indexOf('\'') > 0 || w.indexOf('\u2019') > 0;
    }

    private String gapBefore(int j) {
      return j == 0
          ? ""
          : text.substring(tokens.get(j - 1).span().end(), tokens.get(j).span().start());
    }

    private boolean insideQuote(int offset) {
      for (QuoteMarks.Quoted q : quoted) {
        if (q.marks().start() <= offset && offset < q.marks().end()) {
          return true;
        }
      }
      return false;
    }

    private boolean containsQuoteMark(Span span) {
      return span.of(text).matches("(?s).*[\"\u201C\u201D\u00AB\u00BB].*");
    }

    private Span trimEnd(Span s) {
      int e = s.end();
      while (e > s.start() && ".;:!? ".indexOf(text.charAt(e - 1)) >= 0) {
        e--;
      }
      return new Span(s.start(), e);
    }

    private @Nullable Sentence sentenceAt(int offset) {
      for (Sentence s : article.sentences()) {
        if (s.span().start() <= offset && offset < s.span().end()) {
          return s;
        }
      }
      return null;
    }

    /** The index of the first token starting at or after {@code offset}. */
    private int firstAtOrAfter(int offset) {
      int lo = 0;
      int hi = tokens.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (tokens.get(mid).span().start() < offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  /**
   * A reporting frame: the cue, the phrase naming the subject if any, whether that phrase follows
   * the verb, the last token of the frame, and whether it is an impersonal passive ("era stato
   * riportato che") that names no speaker at all.
   */
  /** The tagged words of one sentence (the annotator's, not the word analysis') and their parse. */
  private record Parsed(List<Token> words, ItalianDependencies.Parse parse) {}

  private record Frame(
      Span cue,
      @Nullable Span subject,
      boolean subjectAfter,
      int subjectEndToken,
      boolean impersonal) {

    Frame(Span cue, @Nullable Span subject, boolean subjectAfter, int subjectEndToken) {
      this(cue, subject, subjectAfter, subjectEndToken, false);
    }
  }
}
