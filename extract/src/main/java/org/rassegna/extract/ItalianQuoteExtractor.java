package org.rassegna.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rassegna.annotate.LuceneAnnotator;
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
    private final List<Quotation> found = new ArrayList<>();

    /** Every reporting frame of the article that names its subject, in text order. */
    private final List<Frame> named = new ArrayList<>();

    Run(AnnotatedArticle article) {
      this.article = article;
      this.text = article.article().text();
      this.tokens = WORDS.annotate(article.article()).tokens();
      this.quoted = QuoteMarks.find(text);
    }

    List<Quotation> extract() {
      for (Sentence s : article.sentences()) {
        int first = firstAtOrAfter(s.span().start());
        int end = firstAtOrAfter(s.span().end());
        for (int i = first; i < end; i++) {
          if (ItalianReporting.isVerb(tokens.get(i).text()) && !nounUse(i)) {
            int start = groupStart(i, first);
            if (insideQuote(tokens.get(i).span().start()) && !isDash(gapBefore(start).strip())) {
              continue; // the quoted speaker's own words ("Ho chiesto al segretario …")
            }
            Frame f = verbGroup(start, end, true);
            if (f != null && f.subject != null && !isPronoun(f.subject)) {
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
      if (words < MIN_WORDS && (frame == null || words < 2)) {
        return;
      }
      Speaker speaker =
          frame == null ? carriedOver(q.marks().start()) : speakerOf(frame, q.marks().start());
      if (frame == null && speaker == null) {
        speaker = introduced(q.marks().start());
      }
      if (frame == null && speaker == null) {
        speaker = leading(q);
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
      String punct = gap.replaceAll("[\\s,;:\\-\u2013\u2014]", "");
      String first = tokens.get(i).text();
      boolean goesOn = isClitic(first) || Character.isLowerCase(first.codePointAt(0));
      if (!punct.isEmpty() && !(punct.equals(".") && goesOn)) {
        return null;
      }
      if (ItalianReporting.lower(first).equals("così") && !hasPunctAfter(i)) {
        Span who = phraseAfter(i + 1, paragraphEndToken(i));
        if (who != null) { // "«…». Così Confesercenti."
          return new Frame(tokens.get(i).span(), who, true, endToken(who, i));
        }
      }
      return verbGroup(i, paragraphEndToken(i), false);
    }

    /** "Peskov ha affermato: «…»", "Trump ha affermato di avere “riflettuto” …". */
    private @Nullable Frame before(QuoteMarks.Quoted q) {
      int open = q.marks().start();
      Sentence s = sentenceAt(open);
      int first = s == null ? 0 : firstAtOrAfter(s.span().start());
      int last = firstAtOrAfter(open) - 1;
      for (int i = last; i >= first && last - i < MAX_LEAD; i--) {
        if (insideQuote(tokens.get(i).span().start())) {
          continue;
        }
        if (ItalianReporting.isVerb(tokens.get(i).text()) && !nounUse(i)) {
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
          .map(s -> new Speaker(s, s.of(text), Speaker.Basis.ANTECEDENT))
          .orElse(null);
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
      List<Span> persons = new ArrayList<>();
      for (Mention m : article.mentions()) {
        Span at = m.span();
        if (m.type() == EntityType.PER
            && at.start() >= s.span().start()
            && at.end() <= open
            && !insideQuote(at.start())
            && !governedByPreposition(firstAtOrAfter(at.start()), first)
            && persons.stream().noneMatch(p -> p.of(text).equals(at.of(text)))) {
          persons.add(at);
        }
      }
      Span who = persons.size() == 1 ? persons.get(0) : subjectOpening(first, limit);
      return who == null ? null : new Speaker(who, who.of(text), Speaker.Basis.ANTECEDENT);
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
      if (last < 0 || !text.substring(tokens.get(last).span().end(), open).strip().equals(":")) {
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
      if (!bare || !hasPunctBefore(first)) {
        return null;
      }
      return new Frame(new Span(tokens.get(last).span().end(), open), who, false, last);
    }

    /** Indirect speech: "Peskov ha affermato che …", "Trump ha annunciato di avere …". */
    private void indirect(Sentence s) {
      int first = firstAtOrAfter(s.span().start());
      int end = firstAtOrAfter(s.span().end());
      for (int i = first; i < end; i++) {
        Token t = tokens.get(i);
        if (!ItalianReporting.isVerb(t.text()) || nounUse(i) || insideQuote(t.span().start())) {
          continue;
        }
        Frame f = verbGroup(groupStart(i, first), end, true);
        if (f == null) {
          continue;
        }
        int j = f.subjectAfter ? f.subjectEndToken + 1 : i + 1;
        if (j >= end) {
          continue;
        }
        String w = ItalianReporting.lower(tokens.get(j).text());
        boolean that = w.equals("che");
        boolean toInfinitive = w.equals("di") && j + 1 < end && infinitive(tokens.get(j + 1));
        if (!that && !toInfinitive) {
          continue;
        }
        Span clause = trimEnd(new Span(tokens.get(j + 1).span().start(), s.span().end()));
        if (clause.length() == 0 || containsQuoteMark(clause) || overlapsFound(clause)) {
          continue;
        }
        found.add(
            new Quotation(
                article.id(),
                clause,
                clause.of(text),
                Quotation.Kind.INDIRECT,
                f.cue,
                speakerOf(f, clause.start())));
        return;
      }
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
        if (ItalianReporting.isVerb(w) && !(j == i && nounUse(j))) {
          verb = j;
          break;
        }
        if (w.equals("stato") || w.equals("stata") || w.equals("stati") || w.equals("state")) {
          passive = true;
        }
        if (!ItalianReporting.AUXILIARIES.contains(w) && !ItalianReporting.ADVERBS.contains(w)) {
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
        return new Frame(cue, before, false, verb);
      }
      Span after = k < limit && !hasPunctBefore(k) ? phraseAfter(k, limit) : null;
      return after != null
          ? new Frame(cue, after, true, endToken(after, k))
          : new Frame(cue, null, false, verb);
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
        return null;
      }
      return phraseEndingAt(i - 1);
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
        return new Speaker(who, who.of(text), Speaker.Basis.CUE);
      }
      int before = Math.min(quoteStart, frame.cue.start());
      Optional<Span> antecedent =
          who != null
              ? nearestMention(before).or(() -> lastSpeaker(frame.cue.start(), CARRY_OVER))
              : lastSpeaker(frame.cue.start(), CARRY_OVER).or(() -> nearestMention(before));
      return antecedent.map(s -> new Speaker(s, s.of(text), Speaker.Basis.ANTECEDENT)).orElse(null);
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
      if (isInitial(i)) {
        return Kind.CONTENT; // "A. M.": a name given as initials
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

    private boolean overlapsFound(Span span) {
      return found.stream()
          .anyMatch(q -> q.span().start() < span.end() && span.start() < q.span().end());
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
