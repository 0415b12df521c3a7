package org.rassegna.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.EntityType;
import org.rassegna.model.Mention;
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;
import org.rassegna.model.Speaker;
import org.rassegna.model.Token;

/**
 * Who speaks: the subject a frame names (else the dependency parse's subject of the reporting verb,
 * else an antecedent), the agent of a noun of speech, the person a sentence introduces, the name
 * that opens the sentence after an opening quotation. Never a phrase that cannot name a person or
 * body. Requires {@link ArticleWords} and {@link SpeakerCarryOver}; provides {@link Speaker}s.
 */
class SpeakerFinder extends ArticleWords {

  /** How far back (characters) the last speaker named still carries over to an omitted subject. */
  private static final int CARRY_OVER = 600;

  /** How many sentences back an omitted subject's antecedent subject is looked for. */
  private static final int SUBJECT_REACH = 2;

  /** How many sentences back the closest person named is looked for. */
  private static final int MENTION_REACH = 2;

  /**
   * How many words after an opening subject its auxiliary may stand ("I titolari ieri notte
   * hanno").
   */
  private static final int SUBJECT_TO_VERB = 4;

  /**
   * How many coordinated verbs (or verbs a gerund depends on) back a reporting verb's subject is
   * looked for.
   */
  private static final int MAX_CONJ_HOPS = 3;

  private final SpeakerCarryOver carryOver;

  SpeakerFinder(ArticleWords words, SpeakerCarryOver carryOver) {
    super(words);
    this.carryOver = carryOver;
  }

  /**
   * A quotation with no cue right after the sentence that introduces its speaker, in the same
   * paragraph: the one person that sentence names outside a prepositional phrase ("E non ha
   * nascosto la propria amarezza il parroco, don Paolo Notari. «…»"; not "hanno scritto al sindaco
   * Muzzarelli. «…»"), else the noun phrase that opens it as the subject of an auxiliary ("La
   * donna, italiana, ha avvicinato l'anziana. «…»", "I titolari … sono tornati: “…”") or that
   * stands right before the quotation as its caption ("La ragazza rapinata «…»").
   */
  @Nullable Speaker introduced(int open) {
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
    if (who != null && (passiveSubject(who) || insideQuote(who.start()))) {
      return null; // "Dell'Utri è stato invece assolto … perché «il fatto non sussiste»"
    }
    return who == null || !plausible(who)
        ? null
        : new Speaker(who, who.of(text), Speaker.Basis.ANTECEDENT);
  }

  /**
   * The distinct names of {@code type} in sentence {@code s} before {@code open}, outside
   * quotations, prepositional phrases and "di" complements other than one of a noun of speech ("il
   * colore ufficiale della Casa Reale: «…»"; but "L'annuncio della Began").
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
          && (!ofComplement(firstAtOrAfter(at.start())) || ofSpeech(firstAtOrAfter(at.start())))
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
    return auxiliaryWithin(next, limit) ? phrase : null;
  }

  /** Whether an auxiliary stands within {@value #SUBJECT_TO_VERB} words from token {@code next}. */
  private boolean auxiliaryWithin(int next, int limit) {
    for (int j = next; j < limit && j - next < SUBJECT_TO_VERB; j++) {
      if (ItalianReporting.isAuxiliary(ItalianReporting.lower(tokens.get(j).text()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A quotation that opens the article, before which stands at most a dateline ("MODENA. «…»"), is
   * said by the person whose name opens the next sentence ("Cesare Pesaro ha 25 anni").
   */
  @Nullable Speaker leading(QuoteMarks.Quoted q) {
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

  @Nullable Speaker speakerOf(Frame frame, int quoteStart) {
    // the phrase after the verb may say how the speaker spoke: then the subject is elsewhere
    Span who = carryOver.predicativeAfterCue(frame) ? null : frame.subject();
    if (frame.impersonal()) {
      return null;
    }
    String cue = ItalianReporting.lower(frame.cue().of(text));
    if (who != null
        && ItalianReporting.lower(who.of(text)).equals("che")
        && cue.contains("defin")
        && !cue.matches("(lo|l['’]).*")) {
      // "l'attacco di Beppe Grillo a Napolitano, che definisce «…»": "che" is as likely the one
      // named as the one naming; not with an object clitic ("Gianni Rivera, che lo ha definito
      // «…»"), which leaves "che" only the subject
      return null;
    }
    Span relayed = relayedSpeaker(frame, quoteStart);
    if (relayed != null) {
      return new Speaker(relayed, relayed.of(text), Speaker.Basis.CUE);
    }
    if (who != null && !isPronoun(who)) {
      if (plausible(who) || documentHeaded(who)) {
        Span named = carryOver.appositionName(who); // "racconta il titolare, Paolo Russo –"
        return named == null
            ? new Speaker(who, who.of(text), Speaker.Basis.CUE)
            : new Speaker(named, named.of(text), Speaker.Basis.CUE);
      }
      if (frame.subjectAfter()) {
        // precision before coverage: words after the cue that name no one (its object, "ha
        // ricordato le parole di X, che disse") name no one
        return null;
      }
      // the words before the cue name no one ("il commento del presidente X, che nel suo
      // messaggio ha detto"): the parse's subject of the verb, if it names someone
      Span subject = syntacticSubject(frame.cue());
      return subject == null ? null : new Speaker(subject, subject.of(text), Speaker.Basis.CUE);
    }
    Span author =
        who == null && impersonalReading(frame.cue()) ? documentAuthor(frame.cue()) : null;
    if (author != null) {
      return new Speaker(author, author.of(text), Speaker.Basis.CUE);
    }
    if (who == null && indefiniteSubject(frame.cue())) {
      return null; // "chi risponde, senza qualificarsi, dice che …": no one in particular
    }
    if (who == null || isPronoun(who)) {
      Span subject = syntacticSubject(frame.cue());
      if (subject != null) {
        return new Speaker(subject, subject.of(text), Speaker.Basis.CUE);
      }
    }
    if (who == null) {
      Span opening = openingSubject(frame.cue());
      if (opening != null) {
        return new Speaker(opening, opening.of(text), Speaker.Basis.ANTECEDENT);
      }
    }
    int before = Math.min(quoteStart, frame.cue().start());
    Optional<Span> last =
        carryOver
            .lastSpeaker(frame.cue().start(), CARRY_OVER)
            .filter(s -> !carryOver.otherSubjectSince(s, frame.cue().start()));
    Optional<Span> nearest = // a pronoun may stand for a name anywhere; an omitted subject not
        nearestMention(before)
            .filter(m -> who != null || carryOver.mayContinue(m, frame.cue().start()));
    Optional<Span> antecedent = who != null ? nearest.or(() -> last) : last.or(() -> nearest);
    if (pluralVerb(frame.cue())) {
      // an omitted plural subject ("spiegano: «…»", "hanno detto") does not continue one person
      antecedent = antecedent.filter(this::namesBody);
    }
    return antecedent.map(s -> new Speaker(s, s.of(text), Speaker.Basis.ANTECEDENT)).orElse(null);
  }

  /**
   * Whether the parse gives the verb of {@code cue} a subject that names no one in particular
   * ("chi", "qualcuno", "alcuni": {@link ItalianSpeakers#isIndefinite}); then no antecedent stands
   * for it.
   */
  private boolean indefiniteSubject(Span cue) {
    Sentence s = sentenceAt(cue.start());
    Parsed p = s == null ? null : parsed(s);
    for (int k = 0; p != null && k < p.words().size(); k++) {
      int head = p.parse().head()[k];
      boolean indefinite =
          ItalianSpeakers.isIndefinite(p.words().get(k).text())
              && !ItalianReporting.lower(p.words().get(k).text()).equals("si");
      if (indefinite
          && head >= 0
          && cue.contains(p.words().get(head).span())
          && p.words().get(head).pos().equals("VERB")
          && p.parse().relation()[k].equals("nsubj")) {
        return true;
      }
      if (cue.contains(p.words().get(k).span())
          && p.words().get(k).pos().equals("VERB")
          && p.parse().relation()[k].equals("acl:relcl")
          && head >= 0
          && ItalianSpeakers.isIndefinite(p.words().get(head).text())) {
        return true; // the parse hangs the verb on "chi" as a relative clause
      }
    }
    return false;
  }

  /**
   * Whether a cue is an impersonal "si" with a verb of reading or learning ("si legge", "si
   * apprende"): one reads the words somewhere, no one is said to speak them.
   */
  private boolean impersonalReading(Span cue) {
    String[] words = ItalianReporting.lower(cue.of(text)).split("\\s+");
    return words.length == 2
        && words[0].equals("si")
        && (words[1].startsWith("legg") || words[1].startsWith("apprend"));
  }

  /**
   * The author of the document an impersonal reading cue reads in, when the text gives one: the
   * agent ("da …") of a participle qualifying a noun the cue's verb governs ("Nell'opinione di
   * maggioranza, redatta dal giudice Antonin Scalia, si legge", "si legge in un comunicato stampa
   * diramato dall'Ospedale"). Null when the document has no author there (then the words are those
   * of whoever the article spoke of: "si legge nella dichiarazione").
   */
  private @Nullable Span documentAuthor(Span cue) {
    Sentence s = sentenceAt(cue.start());
    Parsed p = s == null ? null : parsed(s);
    for (int k = 0; p != null && k < p.words().size(); k++) {
      if (!p.parse().relation()[k].equals("acl")
          // the aside "«… - si legge in un comunicato diramato da … - …»" is inside the marks
          || insideQuote(p.words().get(k).span().start()) != insideQuote(cue.start())
          || !governedBy(p, k, cue)) {
        continue;
      }
      for (int agent : p.parse().dependents(k)) {
        if (byAgent(p, agent)) {
          Span who = nameWithin(subtree(p, agent));
          return who != null && plausible(who) ? who : null;
        }
      }
    }
    return null;
  }

  /** Whether parse word {@code agent} is an oblique after "da": the agent of a participle. */
  private static boolean byAgent(Parsed p, int agent) {
    return p.parse().relation()[agent].startsWith("obl")
        && p.parse().dependents(agent).stream()
            .anyMatch(
                c ->
                    p.parse().relation()[c].equals("case")
                        && ItalianReporting.BY.contains(
                            ItalianReporting.lower(p.words().get(c).text())));
  }

  /** Whether a verb of {@code cue} stands at most three heads above parse word {@code k}. */
  private static boolean governedBy(Parsed p, int k, Span cue) {
    int h = p.parse().head()[k];
    for (int steps = 0; h >= 0 && steps < 3; steps++, h = p.parse().head()[h]) {
      if (cue.contains(p.words().get(h).span()) && p.words().get(h).pos().equals("VERB")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Papa Benedetto XVI ha invitato, come ha riferito Radio Vaticana, «a pregare …»": an aside
   * "come" + reporting verb right before the quotation names who relays the words; when the verb
   * the aside interrupts has a subject of its own, that subject speaks. Null otherwise (then the
   * aside's subject speaks: "La situazione, come ha riferito X, …").
   */
  private @Nullable Span relayedSpeaker(Frame frame, int quoteStart) {
    int group = firstAtOrAfter(frame.cue().start());
    if (group == 0
        || !ItalianReporting.lower(tokens.get(group - 1).text()).equals("come")
        || !commaBefore(group - 1)
        || frame.subject() == null
        || !frame.subjectAfter()
        || frame.subject().end() > quoteStart
        || !text.substring(frame.subject().end(), quoteStart).matches("[\\s,]*[«“\"]?")) {
      return null;
    }
    Sentence s = sentenceAt(frame.cue().start());
    Parsed p = s == null ? null : parsed(s);
    if (p == null) {
      return null;
    }
    for (int k = 0; k < p.words().size(); k++) {
      int head = p.parse().head()[k];
      if (frame.cue().contains(p.words().get(k).span())
          && p.words().get(k).pos().equals("VERB")
          && head >= 0
          && p.words().get(head).pos().equals("VERB")
          && !frame.cue().contains(p.words().get(head).span())
          && p.words().get(head).span().end() <= frame.cue().start()) {
        return syntacticSubject(p.words().get(head).span());
      }
    }
    return null;
  }

  /**
   * An omitted subject continues the subject that opens its sentence ("Fazio ha mostrato una certa
   * preoccupazione, ad un certo punto ha detto di …", "Marco Travaglio ha in seguito risposto …
   * dicendo di …"): a person or body the annotator found, or a noun phrase of people, right at the
   * start and followed by an auxiliary, not the subject of a passive; the person named inside it.
   * Or the subject after a sentence-opening "prendere la parola" ({@link #tookTheFloor}).
   */
  private @Nullable Span openingSubject(Span cue) {
    Sentence s = sentenceAt(cue.start());
    if (s == null) {
      return null;
    }
    int first = firstAtOrAfter(s.span().start());
    int limit = firstAtOrAfter(cue.start());
    Span floor = tookTheFloor(first, limit);
    if (floor != null) {
      return nameWithin(floor);
    }
    Span phrase = null;
    for (Mention m : article.mentions()) {
      if (m.type() != EntityType.LOC
          && first < tokens.size()
          && m.span().start() == tokens.get(first).span().start()) {
        phrase = m.span();
      }
    }
    if (phrase == null) {
      phrase = subjectOpening(first, limit);
    } else if (!auxiliaryWithin(endToken(phrase, first) + 1, limit)) {
      phrase = null;
    }
    if (phrase == null
        || phrase.end() > cue.start()
        || passiveSubject(phrase)
        || !plausible(phrase)) {
      return null;
    }
    return nameWithin(phrase);
  }

  /**
   * "Ha infine preso la parola Umberto Bossi: …, ha esordito": "prendere la parola" has its fixed
   * object, so the noun phrase right after it is its subject, who goes on speaking. Null unless the
   * sentence opens with that verb group (after auxiliaries and adverbs) and a person or body
   * follows.
   */
  private @Nullable Span tookTheFloor(int first, int limit) {
    int j = first;
    while (j < limit
        && (ItalianReporting.isAuxiliary(ItalianReporting.lower(tokens.get(j).text()))
            || ItalianReporting.isAdverb(ItalianReporting.lower(tokens.get(j).text())))) {
      j++;
    }
    if (j + 3 >= limit
        || !ItalianReporting.lower(tokens.get(j).text()).matches("pres[oaie]|prende|prendono")
        || !ItalianReporting.lower(tokens.get(j + 1).text()).equals("la")
        || !ItalianReporting.lower(tokens.get(j + 2).text()).equals("parola")
        || hasPunctBefore(j + 3)) {
      return null;
    }
    Span who = phraseAfter(j + 3, limit);
    return who != null && plausible(who) ? who : null;
  }

  /**
   * Whether the finite word of a reporting cue (its auxiliary, or the verb itself) is a third
   * person plural: Italian forms it in "-no" ("hanno", "sono", "dicono", "spiegano",
   * "dichiararono") or, in the simple past, "-ero" ("dissero").
   */
  private boolean pluralVerb(Span cue) {
    String w = ItalianReporting.lower(tokens.get(firstAtOrAfter(cue.start())).text());
    return w.endsWith("no") || w.endsWith("ero");
  }

  /** Whether {@code span} overlaps a body (an organisation) the annotator found. */
  private boolean namesBody(Span span) {
    return article.mentions().stream()
        .anyMatch(
            m ->
                m.type() == EntityType.ORG
                    && m.span().start() < span.end()
                    && span.start() < m.span().end());
  }

  /**
   * The subject the dependency parse gives the reporting verb of {@code cue} when the words next to
   * it name none: "L'organo predisposto a questo cambiamento, ha spiegato che …", the first verb's
   * subject for a coordinated one ("Un gruppo di attivisti ha dato … e ha accusato …"), the subject
   * of the verb a gerund depends on ({@link #gerundOfClause}). Null when the parse has no subject
   * there (an omitted one is left to the carry-over), when it is a pronoun other than a relative
   * one (see {@link #relativeAntecedent}), or when it cannot name a person or body.
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
      boolean ownSubject = false;
      for (int d : p.parse().dependents(v)) {
        if (!p.parse().relation()[d].equals("nsubj")
            || prepositional(p, d)
            || afterPreposition(p, d)) {
          continue; // "Sul caso Regeni è intervenuto …": a prepositional phrase misread
        }
        ownSubject = true;
        Span subject =
            !p.words().get(d).pos().equals("PRON")
                ? phraseOrName(p, subtree(p, d))
                : nameWithin(relativeAntecedent(p, v, d));
        if (subject != null) {
          return insideQuote(subject.start()) || !plausible(subject) ? null : subject;
        }
      }
      if (ownSubject) {
        return null; // "Gli abitanti … vorrebbero …, ma lei lamenta che": not the first verb's
      }
      v = p.parse().relation()[v].equals("conj") || gerundOfClause(p, v) ? p.parse().head()[v] : -1;
    }
    return null;
  }

  /**
   * Whether verb {@code v} is a gerund that the parse attaches to the verb of its clause, outside
   * what another verb reports: it shares that verb's subject ("Il sindacato ha negato l'accaduto,
   * sostenendo che …"; not "ha detto che «Fini sarà …», aggiungendo", where "sarà" is reported).
   */
  private boolean gerundOfClause(Parsed p, int v) {
    int head = p.parse().head()[v];
    return head >= 0
        && gerund(ItalianReporting.lower(p.words().get(v).text()))
        && p.parse().relation()[v].equals("advcl")
        && p.words().get(head).pos().equals("VERB")
        && !insideQuote(p.words().get(head).span().start())
        && !SpeakerCarryOver.reported(p, head)
        && !p.parse().relation()[head].equals("ccomp");
  }

  /**
   * A parsed subject holding a verb is a misparse that swallowed a clause ("Dell'Utri non era
   * presente alla lettura della nuova condanna; rimasto a Milano …, ha commentato"): only the
   * person or body inside it names the speaker, else no one.
   */
  private @Nullable Span phraseOrName(Parsed p, Span phrase) {
    boolean clause =
        p.words().stream()
            .anyMatch(
                w ->
                    phrase.contains(w.span()) && (w.pos().equals("VERB") || w.pos().equals("AUX")));
    if (!clause) {
      return phrase;
    }
    Span name = nameWithin(phrase);
    return name == phrase ? null : name;
  }

  /**
   * For a relative pronoun subject ("il presidente francese Nicolas Sarkozy, che ha detto: «…»",
   * "l'organizzazione islamica che dice di …"), the noun phrase the relative clause qualifies; else
   * null.
   */
  private static @Nullable Span relativeAntecedent(Parsed p, int verb, int pronoun) {
    String w = ItalianReporting.lower(p.words().get(pronoun).text());
    boolean relative = w.equals("che") || w.equals("quale") || w.equals("quali");

    return relative && p.parse().relation()[verb].equals("acl:relcl")
        ? subtree(p, p.parse().head()[verb])
        : null;
  }

  /**
   * The person (else body) the annotator found inside an antecedent phrase, or the phrase when it
   * holds none: in "anche il presidente ucraino Volodymyr Zelensky, il quale ha scritto" the words
   * around the name ("anche", the title) qualify the speaker and are not how the article names him.
   */
  private @Nullable Span nameWithin(@Nullable Span phrase) {
    if (phrase == null) {
      return null;
    }
    Span apposition = carryOver.appositionName(phrase);
    if (apposition != null) {
      return apposition; // "Il presidente della Commissione Europea, José Manuel Barroso,"
    }
    Mention best = null;
    for (Mention m : article.mentions()) {
      if (phrase.contains(m.span())
          && (m.type() == EntityType.PER && (best == null || best.type() != EntityType.PER)
              || m.type() == EntityType.ORG
                  && best == null
                  && !ofComplement(firstAtOrAfter(m.span().start())))) {
        best = m; // not the body a role is of: "il presidente della Commissione Europea"
      }
    }
    return best == null ? phrase : best.span();
  }

  /** Relations of a noun phrase: a verb's word standing in one is used as a noun. */
  private static final Set<String> NOMINAL = Set.of("obl", "nmod", "obj", "nsubj");

  /**
   * A quotation after a colon with no reporting verb before it: the parsed subject of the verb
   * whose clause the colon ends ("mentre Jovanotti ha invece reagito così alla notizia: «…»"), if
   * it names a person or body and is not acted upon; where the parse gives that verb no subject,
   * the name right before its verb group, in Italian's order.
   */
  @Nullable Speaker colonClauseSubject(QuoteMarks.Quoted q) {
    String before = text.substring(0, q.marks().start()).stripTrailing();
    Sentence s = before.endsWith(":") ? sentenceAt(before.length() - 1) : null;
    Parsed p = s == null ? null : parsed(s);
    if (p == null) {
      return null;
    }
    int k = -1;
    for (int w = 0; w < p.words().size(); w++) {
      if (p.words().get(w).span().end() < before.length()) {
        k = w; // the last word before the colon
      }
    }
    while (k >= 0
        && (!p.words().get(k).pos().equals("VERB") || NOMINAL.contains(p.parse().relation()[k]))) {
      k = p.parse().head()[k]; // past a participle used as a noun: "ha stemperato sull'accaduto:"
    }
    if (k < 0) {
      return null;
    }
    for (int d : p.parse().dependents(k)) {
      if (p.parse().relation()[d].equals("nsubj") && !p.words().get(d).pos().equals("PRON")) {
        Span who = phraseOrName(p, subtree(p, d));
        return who == null || insideQuote(who.start()) || !plausible(who)
            ? null
            : new Speaker(who, who.of(text), Speaker.Basis.CUE);
      }
    }
    // the parse may take the name right before the verb group for an apposition ("il rapporto con
    // il segretario, Matteo Renzi, Pietro Grasso ha stemperato: «…»"): in Italian's order it is
    // the subject
    int group = k;
    for (int d : p.parse().dependents(k)) {
      group = p.parse().relation()[d].equals("aux") ? Math.min(group, d) : group;
    }
    int t = firstAtOrAfter(p.words().get(group).span().start());
    Span name = t == 0 || hasPunctBefore(t) ? null : nameEndingAt(t - 1).orElse(null);
    return name == null
            || name.start() < s.span().start()
            || insideQuote(name.start())
            || governedByPreposition(firstAtOrAfter(name.start()), 0)
        ? null
        : new Speaker(name, name.of(text), Speaker.Basis.CUE);
  }

  /**
   * An omitted subject continues the subject of the sentences before it in its paragraph ("Arturo
   * Parisi … non perde l'occasione di attaccare i dirigenti. Dal palco non risparmia le bordate.
   * «…»"): going back at most {@value #SUBJECT_REACH} sentences from {@code offset}, over sentences
   * whose main clauses have no subject of their own (or a personal pronoun), to the last
   * main-clause subject before {@code offset}. It speaks when it is one person or body (see {@link
   * #namesOne}); a subject acted upon, a subject of anything else ("La risoluzione è passata"), a
   * verbless sentence or an earlier quotation (its speaker is the carry-over's business) ends the
   * search with no one.
   */
  @Nullable Speaker paragraphSubject(int offset) {
    Sentence own = sentenceAt(offset);
    if (own == null) {
      return null;
    }
    int idx = article.sentences().indexOf(own);
    for (int k = idx; k >= 0 && idx - k <= SUBJECT_REACH; k--) {
      Sentence s = article.sentences().get(k);
      if (s.paragraph() != own.paragraph()
          || quoted.stream()
              .anyMatch(q -> q.marks().start() >= s.span().start() && q.marks().end() <= offset)) {
        return null;
      }
      Parsed p = s.span().start() < offset ? parsed(s) : null;
      if (p == null) {
        continue; // the quotation opens this sentence: the one before introduces it
      }
      int subject = -1;
      boolean mainVerb = false;
      for (int w = 0; w < p.words().size() && p.words().get(w).span().end() <= offset; w++) {
        String relation = p.parse().relation()[w];
        int head = p.parse().head()[w];
        mainVerb |= mainClause(p, w) && p.words().get(w).pos().matches("VERB|AUX");
        if (relation.startsWith("nsubj")
            && head >= 0
            && mainClause(p, head)
            && !prepositional(p, w)) {
          subject = w;
        }
      }
      if (subject < 0 && (!mainVerb || impersonal(p))) {
        return null; // a verbless sentence, or "si sente rispondere": no one
      }
      if (subject < 0
          || p.words().get(subject).pos().equals("PRON")
              && p.parse().relation()[subject].equals("nsubj")
              && ItalianReporting.PRONOUNS.contains(
                  ItalianReporting.lower(p.words().get(subject).text()))) {
        continue; // no subject, or "lui", "lei": the one before again
      }
      Span who = phraseOrName(p, subtree(p, subject));
      boolean one =
          p.parse().dependents(subject).stream()
              .noneMatch(d -> p.parse().relation()[d].equals("conj"));
      return who == null
              || !p.parse().relation()[subject].equals("nsubj")
              || !one
              || insideQuote(who.start())
              || !namesOne(who)
              || !plausible(who) && !speechHeaded(who)
          ? null
          : new Speaker(headName(who), headName(who).of(text), Speaker.Basis.ANTECEDENT);
    }
    return null;
  }

  /**
   * The name a subject phrase gives its head: the person or body the annotator found in it, not
   * after "di" ("la sorella di X" is not X); else the person in apposition ("La figlia di Marina
   * Petrella, Elisa Novelli, …"); else the phrase.
   */
  private Span headName(Span who) {
    int first = firstAtOrAfter(who.start());
    Mention head = null;
    for (Mention m : article.mentions()) {
      if (m.type() != EntityType.LOC
          && m.span().start() < who.end()
          && who.start() < m.span().end()
          && (head == null || m.span().start() < head.span().start())) {
        head = m; // the first person or body overlapping the phrase
      }
    }
    int i = head == null ? -1 : firstAtOrAfter(head.span().start());
    if (i > 0 && tokens.get(i - 1).span().end() > head.span().start()) {
      i--; // "L'Associazione": the name starts inside the word
    }
    i = head == null ? -1 : Math.max(first, i);
    for (int j = first + 1; i >= 0 && j <= i; j++) {
      if (kindOf(j - 1) == Kind.OF || hasPunctBefore(j)) {
        i = -1; // "la sorella di X", "X, vicino a Y": not the head
      }
    }
    if (i >= 0) {
      return new Span(
          Math.max(who.start(), head.span().start()), Math.min(who.end(), head.span().end()));
    }
    Span apposition = carryOver.appositionName(who);
    return apposition == null ? who : apposition;
  }

  /**
   * Whether the head of a subject phrase (its first word past the determiners) is a noun of speech
   * or reaction ("le parole del WWF"): its complement names who speaks, while a name in the
   * complement of another noun does not ("La linea del PD è l'unica …").
   */
  private boolean speechHeaded(Span who) {
    String head = headWord(who);
    return head != null && ItalianSpeakers.isReaction(head);
  }

  /**
   * Whether the head of a cue's subject is a document ("La risoluzione riporta che …", "Come recita
   * l'ordinanza: «…»", "«…», recita un cartello"): as the subject of a verb of saying it speaks for
   * whoever issued it, though it names no person or body.
   */
  private boolean documentHeaded(Span who) {
    String head = headWord(who);
    return head != null && ItalianSpeakers.isDocument(head);
  }

  /**
   * The first word of phrase {@code who} past its determiners, an elided article cut off ("l'…"),
   * or null when the phrase has only determiners.
   */
  private @Nullable String headWord(Span who) {
    int i = firstAtOrAfter(who.start());
    while (i < tokens.size() && kindOf(i) == Kind.DETERMINER) {
      i++;
    }
    if (i >= tokens.size() || tokens.get(i).span().start() >= who.end()) {
      return null;
    }
    String w = tokens.get(i).text();
    return afterElision(w);
  }

  /** Whether a main verb of the sentence has "si" with no subject: an impersonal clause. */
  private static boolean impersonal(Parsed p) {
    for (int w = 0; w < p.words().size(); w++) {
      int head = p.parse().head()[w];
      if (head >= 0
          && mainClause(p, head)
          && ItalianReporting.lower(p.words().get(w).text()).equals("si")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the parse's subject {@code w} is a prepositional phrase it misread ("Dal palco … non
   * risparmia le bordate", its preposition tagged as a name).
   */
  private boolean prepositional(Parsed p, int w) {
    int first = firstAtOrAfter(subtree(p, w).start());
    return p.parse().dependents(w).stream().anyMatch(d -> p.parse().relation()[d].equals("case"))
        || startsWithBy(first)
        || PREPOSITIONS.contains(ItalianReporting.lower(tokens.get(first).text()));
  }

  /**
   * Whether a preposition the parse left out of the phrase of word {@code w} stands right before it
   * ("Sul caso Regeni", its preposition tagged a subordinator).
   */
  private boolean afterPreposition(Parsed p, int w) {
    int first = firstAtOrAfter(subtree(p, w).start());
    return first > 0 && startsWithBy(first - 1)
        || first > 0 && PREPOSITIONS.contains(ItalianReporting.lower(tokens.get(first - 1).text()));
  }

  /** Whether parse word {@code w} is the root of its sentence or coordinated with it. */
  private static boolean mainClause(Parsed p, int w) {
    int k = w;
    while (k >= 0 && p.parse().relation()[k].matches("conj|parataxis")) {
      k = p.parse().head()[k];
    }
    return k >= 0 && p.parse().relation()[k].equals("root");
  }

  /**
   * Whether a subject far from any cue names a speaker: it holds a person or body the annotator
   * found, or its head word is a lowercase noun of people or bodies ("il portavoce"). Stricter than
   * {@link #plausible}: a capitalised head alone ("Tale evento", "La Costituzione") is not enough
   * so far from the quotation.
   */
  private boolean namesOne(Span who) {
    if (article.mentions().stream()
        .anyMatch(m -> m.type() != EntityType.LOC && who.contains(m.span()))) {
      return true;
    }
    String w = headWord(who);
    return w != null
        && !w.isEmpty()
        && Character.isLowerCase(w.codePointAt(0))
        && ItalianSpeakers.isPeopleNoun(w);
  }

  /**
   * A quotation introduced by nothing but its source: "Dalla relazione degli economisti: «…»", "Per
   * il ministro, «…»". The phrase after "da" (and a colon) or "per" (and a colon or comma) opens
   * the sentence and ends at the marks; it must name a person, a body or a document of theirs.
   */
  @Nullable Speaker sourceOpening(QuoteMarks.Quoted q) {
    int mark = firstAtOrAfter(q.marks().start());
    int p = mark - 1;
    if (p < 0) {
      return null;
    }
    String gap = text.substring(tokens.get(p).span().end(), q.marks().start()).strip();
    while (p > 0 && !hasPunctBefore(p)) {
      p--;
    }
    String before = text.substring(0, tokens.get(p).span().start());
    boolean opens =
        p == 0 || before.endsWith("\n") || before.stripTrailing().matches("(?s).*[.!?»”\"]");
    if (mark - p < 2 || !opens) {
      return null;
    }
    String w = ItalianReporting.lower(tokens.get(p).text());
    boolean by = ItalianReporting.BY.contains(w) && gap.equals(":");
    boolean per = w.equals("per") && (gap.equals(":") || gap.equals(","));
    Span who = by || per ? phraseAfter(p + 1, mark) : null;
    return who == null || endToken(who, -1) != mark - 1 || hasVerb(p, mark) || !plausible(who)
        ? null
        : new Speaker(who, who.of(text), Speaker.Basis.CUE);
  }

  /**
   * "«…» e «…» sono alcune frasi pronunciate da Samaras", "a seguito delle affermazioni fatte ieri
   * dal premier Ehud Olmert: «…»": the agent of a participle that qualifies a noun of speech after
   * the quotation, or before the colon that introduces it, in its sentence.
   */
  @Nullable Speaker speechNounAgent(QuoteMarks.Quoted q) {
    boolean colon = text.substring(0, q.marks().start()).stripTrailing().endsWith(":");
    Sentence s = sentenceAt(q.marks().end() - 1);
    Parsed p = s == null ? null : parsed(s);
    if (p == null) {
      return null;
    }
    for (int k = 0; k < p.words().size(); k++) {
      Token noun = p.words().get(k);
      boolean placed =
          noun.span().start() >= q.marks().end()
              || colon
                  && noun.span().end() <= q.marks().start()
                  && !insideQuote(noun.span().start());
      if (!placed || !SPEECH_NOUNS.contains(ItalianReporting.lower(noun.text()))) {
        continue;
      }
      for (int participle : p.parse().dependents(k)) {
        if (!p.parse().relation()[participle].equals("acl")) {
          continue;
        }
        for (int agent : p.parse().dependents(participle)) {
          if (byAgent(p, agent)) {
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

  /**
   * The closest person (else body) named before {@code offset}, in this sentence or the {@value
   * #MENTION_REACH} before.
   */
  Optional<Span> nearestMention(int offset) {
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
}
