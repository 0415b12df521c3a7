package org.rassegna.extract;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;

/**
 * The reporting frames around a quotation (its cue and the phrase that names who speaks): a cue
 * inside it between dashes, right after it, before it in its sentence, at the sentence's end, or a
 * bare noun phrase and a colon; and the verb group of any reporting verb. Requires {@link
 * ArticleWords}; provides {@link ArticleWords.Frame}s.
 */
class ReportingFrames extends ArticleWords {

  /** How many words before an opening mark a reporting verb may stand. */
  private static final int MAX_LEAD = 20;

  ReportingFrames(ArticleWords words) {
    super(words);
  }

  boolean isSecondo(Frame f) {
    return ItalianReporting.lower(f.cue().of(text)).equals("secondo");
  }

  /** "«… - racconta il titolare - …»": a reporting verb right after a dash inside the marks. */
  @Nullable Frame inside(QuoteMarks.Quoted q, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      String gap = text.substring(tokens.get(i - 1).span().end(), tokens.get(i).span().start());
      if (!isDash(gap.strip())) {
        continue;
      }
      int end = segmentEnd(i, to);
      Frame f = verbGroup(i, end, false);
      if (f == null) {
        f = speechNounFrame(i); // "«… – il commento amaro della titolare X – …»"
      }
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /**
   * "«…», ha detto Peskov", "«…»: lo scrive Trump", "«…». Lo ha detto il ministro", "«…», secondo
   * X".
   */
  @Nullable Frame after(QuoteMarks.Quoted q) {
    int i = firstAtOrAfter(q.marks().end());
    if (i >= tokens.size()) {
      return null;
    }
    String gap = text.substring(q.marks().end(), tokens.get(i).span().start());
    if (gap.contains("\n")) {
      return null;
    }
    Frame noun = speechNounFrame(i);
    if (noun == null) {
      noun = theseWords(i);
    }
    if (noun != null && gap.strip().matches("[.:,]?")) {
      return noun;
    }
    String punct = gap.replaceAll("[\\s,;:\\-\u2013\u2014]", "");
    String first = tokens.get(i).text();
    // "«…». È quanto ha dichiarato il portavoce": the words are what the verb after reports
    boolean whatIsSaid =
        ItalianReporting.lower(first).equals("è")
            && i + 2 < tokens.size()
            && ItalianReporting.lower(tokens.get(i + 1).text()).equals("quanto");
    boolean goesOn = isClitic(first) || Character.isLowerCase(first.codePointAt(0)) || whatIsSaid;
    if (!punct.isEmpty() && !(punct.equals(".") && goesOn)) {
      return null;
    }
    if (ItalianReporting.lower(first).equals("secondo") && gap.strip().equals(",")) {
      // "«una clausola che ha sempre rispettato», secondo le parole della figlia"
      Span who = phraseAfter(i + 1, paragraphEndToken(i));
      return who == null || !plausible(who)
          ? null
          : new Frame(tokens.get(i).span(), who, true, endToken(who, i));
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
    if (ItalianReporting.lower(first).equals("come") && gap.strip().equals(",")) {
      return aside(i + 1, paragraphEndToken(i));
    }
    if (whatIsSaid) {
      return verbGroup(i + 2, paragraphEndToken(i), false);
    }
    return verbGroup(i, paragraphEndToken(i), false);
  }

  /**
   * "«…», come spiega il presidente del comitato", "«…», come dichiarato dal ministro": an aside
   * after the words, its verb from token {@code k}, names who said them; a participle with no
   * auxiliary only through its agent.
   */
  private @Nullable Frame aside(int k, int limit) {
    if (k + 1 < limit
        && ItalianReporting.isParticiple(tokens.get(k).text())
        && startsWithBy(k + 1)
        && !hasPunctBefore(k + 1)) {
      Span agent =
          elided(tokens.get(k + 1).text()) ? phraseAfter(k + 1, limit) : phraseAfter(k + 2, limit);
      return agent == null || !plausible(agent)
          ? null
          : new Frame(tokens.get(k).span(), agent, true, endToken(agent, k + 1));
    }
    return k < limit ? verbGroup(k, limit, false) : null;
  }

  /**
   * "«…». Questo il commento di padre Federico Lombardi", "«…»: questo il giudizio dell'avvocato
   * …", "«…», le parole del Presidente …", "Queste sono le parole di …", "«…», sono le parole del
   * presidente …", "«…», queste pressappoco le parole del turista": a demonstrative (maybe with an
   * adverb), a copula, both or neither, then an article, a noun of speech (maybe with its
   * adjective: "il commento amaro") and "di" with the speaker.
   */
  private @Nullable Frame speechNounFrame(int i) {
    if (i + 3 >= tokens.size()) {
      return null;
    }
    int j = i;
    if (DEMONSTRATIVES.contains(ItalianReporting.lower(tokens.get(j).text()))) {
      j++;
      if (j < tokens.size()
          && ItalianReporting.isAdverb(ItalianReporting.lower(tokens.get(j).text()))
          && !hasPunctBefore(j)) {
        j++; // "queste pressappoco le parole"
      }
    }
    if (j < tokens.size()
        && ItalianReporting.isAuxiliary(ItalianReporting.lower(tokens.get(j).text()))
        && (j == i || !hasPunctBefore(j))) {
      j++; // "Queste sono le parole del …", "sono le parole del …": the copula
    }
    if (kindOf(j) == Kind.DETERMINER) {
      j++;
    }
    if (j == i) {
      return null;
    }
    if (j + 1 >= tokens.size()) {
      return null;
    }
    int noun = j;
    if (j + 2 < tokens.size() && !hasPunctBefore(j + 1) && adjective(j + 1)) {
      j++; // "il commento amaro della titolare": the noun's adjective
    }
    String of = tokens.get(j + 1).text();
    int apostrophe = Math.max(of.indexOf('\''), of.indexOf('\u2019'));
    boolean glued = // "dell'avvocato" as one word
        apostrophe > 0
            && apostrophe < of.length() - 1
            && ItalianReporting.OF.contains(
                ItalianReporting.lower(of.substring(0, apostrophe + 1)));
    if (!SPEECH_NOUNS.contains(ItalianReporting.lower(tokens.get(noun).text()))
        || kindOf(j + 1) != Kind.OF && !glued
        || hasPunctBefore(j + 1)) {
      return null;
    }
    int from = j + 2;
    if (glued || ItalianReporting.OF.contains(ItalianReporting.lower(of)) && elided(of)) {
      from = j + 1; // "dell'" glued to the noun
    }
    Span who = phraseAfter(from, paragraphEndToken(i));
    if (who == null || !plausible(who)) {
      return null;
    }
    if (glued) {
      who = new Span(tokens.get(j + 1).span().start() + apostrophe + 1, who.end());
    }
    return new Frame(tokens.get(noun).span(), who, true, endToken(who, j));
  }

  /** Whether the annotator tagged token {@code i} a lowercase adjective. */
  private boolean adjective(int i) {
    String w = tokens.get(i).text();
    return Character.isLowerCase(w.codePointAt(0))
        && posAt(tokens.get(i).span().start()).equals("ADJ");
  }

  /**
   * "«…». Con queste parole si è dimesso il presidente X", "«…»: con queste parole, X ha proclamato
   * …": the words are the means of a clause whose parsed subject said them.
   */
  private @Nullable Frame theseWords(int i) {
    if (i + 2 >= tokens.size()
        || !ItalianReporting.lower(tokens.get(i).text()).equals("con")
        || !DEMONSTRATIVES.contains(ItalianReporting.lower(tokens.get(i + 1).text()))
        || !SPEECH_NOUNS.contains(ItalianReporting.lower(tokens.get(i + 2).text()))) {
      return null;
    }
    Sentence s = sentenceAt(tokens.get(i).span().start());
    Parsed p = s == null ? null : parsed(s);
    if (p == null) {
      return null;
    }
    Span noun = tokens.get(i + 2).span();
    for (int k = 0; k < p.words().size(); k++) {
      int verb = p.parse().head()[k];
      if (!p.words().get(k).span().equals(noun)
          || verb < 0
          || !p.words().get(verb).pos().equals("VERB")) {
        continue;
      }
      for (int d : p.parse().dependents(verb)) {
        if (p.parse().relation()[d].equals("nsubj")
            && !p.words().get(d).pos().equals("PRON")
            // the sentence splitter left the quotation in: its words are not the subject
            && !insideQuote(p.words().get(d).span().start())) {
          Span who = subtree(p, d);
          for (int a : p.parse().dependents(d)) {
            if (p.parse().relation()[a].equals("appos")) {
              who = subtree(p, a); // "il Presidente della Repubblica, Giorgio Napolitano,"
            }
          }
          return insideQuote(who.start()) || !plausible(who)
              ? null
              : new Frame(
                  new Span(tokens.get(i).span().start(), noun.end()),
                  who,
                  true,
                  endToken(who, i + 2));
        }
      }
    }
    return null;
  }

  /** "Peskov ha affermato: «…»", "Trump ha affermato di avere “riflettuto” …". */
  @Nullable Frame before(QuoteMarks.Quoted q) {
    int open = q.marks().start();
    Sentence s = sentenceAt(open);
    int first = s == null ? 0 : firstAtOrAfter(s.span().start());
    int last = firstAtOrAfter(open) - 1;
    Sentence intro = s == null || first <= last ? null : colonIntroduction(s);
    if (intro != null) {
      // the splitter ended "… Romano Prodi che aveva dichiarato:" at the colon
      first = firstAtOrAfter(intro.span().start());
    }
    boolean colon = text.substring(0, open).stripTrailing().endsWith(":");
    for (int i = last; i >= first; i--) { // a reporting verb near, "secondo X" anywhere before
      int at = tokens.get(i).span().start();
      if (colon
          && found.stream()
              .anyMatch(f -> f.cue() != null && f.span().start() <= at && at < f.span().end())) {
        // the verb of an earlier quotation, and a clause of its own introduces this one: "X ha
        // detto "…", mentre Y ha invece reagito così: "…"" (not "ha detto che «…» e che la
        // decisione offre «…»")
        break;
      }
      if (insideQuote(at)) {
        continue;
      }
      if (last - i < MAX_LEAD && reporting(i)) {
        int start = groupStart(i, first);
        Frame f = verbGroup(start, last + 1, true);
        if (f != null) {
          return objectAfter(gerundOf(f));
        }
      }
      // "fare dire a X" names who speaks however far the colon that introduces the words
      Frame made = last - i < MAX_LEAD || colon ? madeToSay(i, last + 1) : null;
      if (made != null) {
        return made;
      }
      int x = accordingTo(i, first, last + 1);
      Span attributed = x < 0 ? null : attribution(i, x, last + 1);
      if (attributed != null) {
        return new Frame(tokens.get(i).span(), attributed, false, i);
      }
    }
    return null;
  }

  /**
   * "Il governo ha espresso …, definendo il gesto «…»", "il pontefice ha parlato agli austriaci
   * dicendo «…»": a bare gerund shares the subject of the clause it qualifies, found on the parse,
   * and the phrases around it are its objects. (For indirect reports, where a gerund's subject is
   * as often a plural or coordinated one, the indirect-speech rules keep their own reading.)
   */
  private Frame gerundOf(Frame f) {
    int verb = firstAtOrAfter(f.cue().end()) - 1;
    boolean bare =
        firstAtOrAfter(f.cue().start()) == verb
            && gerund(ItalianReporting.lower(tokens.get(verb).text()));
    return bare ? new Frame(f.cue(), null, false, verb) : f;
  }

  /**
   * "Questo ha fatto dire a X: «…»", "tanto da far dire al presidente X: «…»": whoever is made to
   * say ("fare dire a X", the causative) speaks; token {@code i} is "dire".
   */
  private @Nullable Frame madeToSay(int i, int limit) {
    if (i == 0
        || i + 2 >= limit
        || !ItalianReporting.lower(tokens.get(i).text()).equals("dire")
        || !ItalianReporting.FA.contains(ItalianReporting.lower(tokens.get(i - 1).text()))
        || hasPunctBefore(i + 1)) {
      return null;
    }
    Span who =
        TO.contains(ItalianReporting.lower(tokens.get(i + 1).text()))
            ? phraseAfter(i + 2, limit)
            : null;
    if (who == null || !plausible(who)) {
      return null;
    }
    Span cue = new Span(tokens.get(i - 1).span().start(), tokens.get(i).span().end());
    return new Frame(cue, who, true, endToken(who, i + 1));
  }

  /** The forms of "a" that introduce whom a causative makes say something. */
  private static final Set<String> TO =
      Set.of("a", "ad", "al", "allo", "alla", "ai", "agli", "alle");

  /**
   * A verb of naming before the quotation with no subject before it: the phrase after it is what it
   * names ("Il presidente in un discorso ha definito l'attacco un «…»"), so the subject is left to
   * the parse. (Reading any phrase after a verb that names no one as its object, "ha raccontato
   * l'accaduto: «…»", was tried: it found as many wrong speakers as right ones.)
   */
  private Frame objectAfter(Frame f) {
    int verb = firstAtOrAfter(f.cue().end()) - 1;
    boolean naming = "definire".equals(ItalianReporting.lemma(tokens.get(verb).text()));
    return naming && f.subjectAfter() && f.subject() != null
        ? new Frame(f.cue(), null, false, verb)
        : f;
  }

  /**
   * Who the words are attributed to by the cue at token {@code i} whose X starts at token {@code
   * x}: "secondo X" or "secondo lui" as it stands, the other cues only with a person or body ("A
   * detta del professore X «…»"), and "Per X" only with a comma after X ("Per Noemi, il suo momento
   * … sarebbe stato «…»", not "Per il momento"). Null when the phrase names no one, and for the
   * cues of a source of facts ("stando a X", "come riportato da X"): the quotation marks of their
   * sentence mark a name or a term more often than X's words ("Come riportato da Euronews, la città
   * era controllata da una banda denominatasi «…»").
   */
  private @Nullable Span attribution(int i, int x, int limit) {
    String w = ItalianReporting.lower(tokens.get(i).text());
    if (w.equals("stando") || w.equals("come")) {
      return null;
    }
    if (w.equals("secondo")) {
      return isPronoun(tokens.get(x).span()) ? tokens.get(x).span() : phraseAfter(x, limit);
    }
    Span who = phraseAfter(x, limit);
    int next = endToken(who, x) + 1;
    if (who == null || w.equals("per") && (next >= limit || !commaBefore(next))) {
      return null;
    }
    return !insideQuote(who.start()) && plausible(who) ? who : null;
  }

  /** The sentence before {@code s} in its paragraph when it ends with a colon; else null. */
  private @Nullable Sentence colonIntroduction(Sentence s) {
    int idx = article.sentences().indexOf(s);
    if (idx == 0) {
      return null;
    }
    Sentence prev = article.sentences().get(idx - 1);
    return prev.paragraph() == s.paragraph() && prev.span().of(text).stripTrailing().endsWith(":")
        ? prev
        : null;
  }

  /**
   * "… che una “soluzione di lungo termine” può essere raggiunta, ha aggiunto.": a cue ending the
   * sentence after a comma.
   */
  @Nullable Frame sentenceFinal(QuoteMarks.Quoted q) {
    Sentence s = sentenceAt(q.marks().end() - 1);
    if (s == null) {
      return null;
    }
    int end = firstAtOrAfter(s.span().end());
    for (int i = firstAtOrAfter(q.marks().end()); i < end; i++) {
      String gap = text.substring(tokens.get(i - 1).span().end(), tokens.get(i).span().start());
      if (gap.strip().equals(",")) {
        Frame f = verbGroup(i, end, false);
        if (f != null && firstAtOrAfter(f.cue().end()) == end) {
          return f;
        }
      }
    }
    return null;
  }

  /** "Il Cremlino: «…»", "Leggi anche Modena, la commessa: «…»": a bare noun phrase and a colon. */
  @Nullable Frame colon(QuoteMarks.Quoted q) {
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
   * "«…» ha dichiarato a Radio Anch'io il Ministro degli Esteri Gianfranco Fini", "Ricordano ai
   * microfoni di Studio Aperto i suoi amici: «…»": after the prepositional complement at token
   * {@code k} (to whom or where the words were said), a new determiner phrase that names someone is
   * the subject put after the verb, whose object is the quotation. Null otherwise ("ha detto ai
   * giornalisti la sua verità").
   */
  private @Nullable Span subjectAfterComplement(int k, int limit) {
    if (!PREPOSITIONS.contains(ItalianReporting.lower(tokens.get(k).text()))) {
      return null;
    }
    for (int j = k + 2; j < limit && j - k < 8; j++) {
      if (hasPunctBefore(j)) {
        return null;
      }
      if (kindOf(j) == Kind.DETERMINER && kindOf(j - 1) == Kind.CONTENT) {
        Span who = phraseAfter(j, limit);
        return who != null && plausible(who) ? who : null;
      }
    }
    return null;
  }

  /**
   * "Da Castelnuovo del Garda spiegano: «…»", "Ma dalla Cina rassicurano che …": "da" and a place
   * or body opening the clause of a third-person plural verb group at token {@code group} with no
   * subject of its own say where the words come from, as "spiegano dall'azienda" does after the
   * verb; {@code phrase} is the one before the group. Null otherwise.
   */
  private @Nullable Span sourceBefore(Span phrase, int group) {
    int p = firstAtOrAfter(phrase.start()) - 1;
    if (p < 0 || !startsWithBy(p) || elided(tokens.get(p).text()) || hasPunctBefore(p + 1)) {
      return null;
    }
    boolean opens =
        p == 0
            || hasPunctBefore(p)
            || CONJUNCTIONS.contains(ItalianReporting.lower(tokens.get(p - 1).text()))
                && (p == 1 || hasPunctBefore(p - 1));
    String finite = ItalianReporting.lower(tokens.get(group).text());
    boolean plural = finite.endsWith("no") || finite.endsWith("ero");
    return opens && plural && plausible(phrase) ? phrase : null;
  }

  /**
   * A reporting verb group starting at token {@code i} (an optional clitic "lo", auxiliaries,
   * adverbs, then the verb) and its subject, looked for before {@code limit}.
   */
  @Nullable Frame verbGroup(int i, int limit, boolean subjectMayPrecede) {
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
      if (j > i && hasPunctBefore(j) && !adverbAside(j)) {
        return null;
      }
      if (ItalianReporting.isVerb(w) && !(j == i && nounUse(j)) && faSapere(j)) {
        verb = j;
        break;
      }
      if (w.equals("stato") || w.equals("stata") || w.equals("stati") || w.equals("state")) {
        passive = true;
      }
      if (!ItalianReporting.isAuxiliary(w)
          && !ItalianReporting.isAdverb(w)
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
      Span from = elided(tokens.get(k).text()) ? phraseAfter(k, limit) : phraseAfter(k + 1, limit);
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
    Span source = before == null ? null : sourceBefore(before, i);
    if (source != null) {
      return new Frame(cue, source, false, verb);
    }
    if (before != null) {
      before = notInPrepositionalPhrase(before);
    }
    if (before != null && i > 0) {
      // "Ban Ki-moon ha detto": the phrase is the end of a name the annotator found ("moon")
      Span phrase = before;
      before = nameEndingAt(i - 1).filter(n -> n.start() < phrase.start()).orElse(phrase);
    }
    if (before != null) {
      return new Frame(cue, before, false, verb);
    }
    Span after = k < limit && !hasPunctBefore(k) ? phraseAfter(k, limit) : null;
    if (after == null && k < limit && !hasPunctBefore(k)) {
      after = nameAfterPreposition(k, limit); // "ha detto in una nota Briguglio"
    }
    if (after == null && k < limit && !hasPunctBefore(k)) {
      after = subjectAfterComplement(k, limit);
    }
    return after != null
        ? new Frame(cue, after, true, endToken(after, k))
        : new Frame(cue, null, false, verb);
  }
}
