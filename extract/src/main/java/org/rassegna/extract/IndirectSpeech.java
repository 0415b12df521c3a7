package org.rassegna.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.EntityType;
import org.rassegna.model.Mention;
import org.rassegna.model.Quotation;
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;
import org.rassegna.model.Speaker;
import org.rassegna.model.Token;

/**
 * Indirect speech in a sentence: a reporting verb and its complement clause, "secondo X" with the
 * clause it governs, a parenthetical cue with the clause around it. Requires {@link ArticleWords},
 * {@link ReportingFrames} and {@link SpeakerFinder}; adds {@link Quotation.Kind#INDIRECT}
 * quotations to the ones found.
 */
class IndirectSpeech extends ArticleWords {

  /**
   * Findings of an inquiry and accounts of witnesses, which report for whoever made or gave them
   * ("secondo gli accertamenti", "secondo le testimonianze").
   */
  private static final Set<String> FINDINGS =
      Set.of(
          "ricostruzione",
          "ricostruzioni",
          "indagine",
          "indagini",
          "inchiesta",
          "accertamenti",
          "rilevamenti",
          "autopsia",
          "perizia",
          "ricerca",
          "studio",
          "analisi",
          "documenti",
          "testimonianza",
          "testimonianze",
          "rilievi");

  /** "in" and its forms with an article: where a text is read. */
  private static final Set<String> IN =
      Set.of("in", "nel", "nello", "nella", "nell'", "nell’", "nei", "negli", "nelle");

  /** The most sentences after its own that speech printed with no marks may go on for. */
  private static final int SPEECH = 4;

  /** Personal pronouns that "secondo" takes for a source: "secondo loro, …". */
  private static final Set<String> PERSONAL =
      Set.of("lui", "lei", "loro", "egli", "ella", "essi", "esse");

  /** The most words an aside between commas after "secondo X" may hold. */
  private static final int ASIDE = 20;

  /** Relative pronouns that open an aside: "secondo X, il quale …". */
  private static final Set<String> RELATIVE = Set.of("il quale", "la quale", "i quali", "le quali");

  private final ReportingFrames frames;
  private final SpeakerFinder speakers;

  IndirectSpeech(ArticleWords words, ReportingFrames frames, SpeakerFinder speakers) {
    super(words);
    this.frames = frames;
    this.speakers = speakers;
  }

  /**
   * Indirect speech in one sentence: a reporting verb and its complement ("Peskov ha affermato che
   * …", "ha dichiarato alla polizia di aver …", "ha accusato il governo di non …"), "secondo X"
   * with the clause it governs, and a parenthetical cue (", ribadisce Berlusconi,", ", come ha
   * riferito la stessa Munzig,"). Direct quotations inside the clause stay direct quotations too.
   */
  void indirect(Sentence s) {
    int first = firstAtOrAfter(s.span().start());
    int end = firstAtOrAfter(s.span().end());
    for (int i = first; i < end; i++) {
      Token t = tokens.get(i);
      if (insideQuote(t.span().start())) {
        continue;
      }
      int source = accordingTo(i, first, end);
      if (source > 0) {
        secondo(s, i, source, first, end);
        continue;
      }
      if (ItalianReporting.isDirective(t.text()) && !nounUse(i) && taggedVerb(i)) {
        directive(s, i, first, end);
        continue;
      }
      if (!reporting(i) || secondoQuanto(groupStart(i, first), first)) {
        continue;
      }
      Span document = null;
      if (i > first && ItalianSpeakers.isIndefinite(tokens.get(i - 1).text())) {
        document =
            ItalianReporting.lower(tokens.get(i - 1).text()).equals("si")
                ? documentBefore(s, i)
                : null;
        if (document == null) {
          continue; // "c'è chi dice che", "si dice che": no one in particular
        }
      }
      int group = groupStart(i, first);
      Frame f = frames.verbGroup(group, end, true);
      if (f == null || f.impersonal()) {
        continue; // "gli è stato chiesto se …": a passive with no agent states no source
      }
      if (document != null) {
        f = new Frame(f.cue(), null, false, f.subjectEndToken()); // "Nella relazione si …"
      }
      if (!f.subjectAfter() && f.subject() != null && gerund(ItalianReporting.lower(t.text()))) {
        // "ha pubblicato un tweet dicendo di …": the phrase before is the main verb's object
        f = new Frame(f.cue(), null, false, f.subjectEndToken());
      }
      if (f.subjectAfter() && takesPersonObject(i)) {
        // "ha accusato il governo di …": the phrase after is whom, the subject is omitted
        f = new Frame(f.cue(), null, false, f.subjectEndToken());
      }
      int past =
          f.subject() != null && f.subjectAfter() || takesPersonObject(i)
              ? f.subjectEndToken() + 1
              : firstAtOrAfter(f.cue().end());
      int j = complementStart(i, past, end);
      Span unmarked = j < 0 ? unmarkedSpeech(past, end, s) : null;
      if (j < 0 && unmarked == null) {
        parenthetical(s, f, group, first, end);
        continue;
      }
      if (f.subject() != null && !isPronoun(f.subject()) && !plausible(f.subject())) {
        continue; // "i dati dicono che": not a report of anyone's words
      }
      // the clause, without "che" or "di"
      Span clause = unmarked != null ? unmarked : clause(j + 1, end, s);
      Span opening = f.subject() == null ? subjectBeforeAside(group, first) : null;
      if (clause != null) {
        add(
            clause,
            f.cue(),
            document != null
                ? new Speaker(document, document.of(text), Speaker.Basis.ANTECEDENT)
                : opening != null
                    ? new Speaker(opening, opening.of(text), Speaker.Basis.CUE)
                    : notSubordinate(notTheObject(speakers.speakerOf(f, clause.start()), f), f));
      }
    }
  }

  /**
   * {@code speaker}, unless the cue named no subject and the speaker is the subject of a clause
   * that an earlier verb of the sentence governs ("Prodi ha ipotizzato che l'Italia possa …, e ha
   * rassicurato che …"): the verb continues its own clause's subject, not one inside that
   * complement; then no one.
   */
  private @Nullable Speaker notSubordinate(@Nullable Speaker speaker, Frame f) {
    if (speaker == null || f.subject() != null || speaker.words().end() > f.cue().start()) {
      return speaker;
    }
    Sentence s = sentenceAt(f.cue().start());
    if (s == null || speaker.words().start() < s.span().start()) {
      return speaker;
    }
    for (int k = firstAtOrAfter(s.span().start()) + 1;
        k < firstAtOrAfter(speaker.words().start());
        k++) {
      if (lower(k).equals("che")
          && tag(k - 1).equals("VERB")
          && !hasPunctBefore(k)
          && !insideQuote(tokens.get(k).span().start())) {
        return null;
      }
    }
    return speaker;
  }

  /**
   * The subject that opens the sentence when an aside between commas parts it from the verb group
   * at {@code group} ("Enrico Preziosi, avvicinato dal conduttore, Aldo Biscardi, si è detto …",
   * "Il sindaco, Mario Rossi che …, ha detto"): the verb's subject is stated, not omitted, and no
   * one named before or inside the aside stands for it. Null when no comma precedes the verb or the
   * sentence does not open with a phrase naming someone, followed by a comma or "che".
   */
  private @Nullable Span subjectBeforeAside(int group, int first) {
    if (group <= first + 1 || !commaBefore(group)) {
      return null;
    }
    Span opening =
        article.mentions().stream()
            .filter(m -> m.type() != EntityType.LOC)
            .map(Mention::span)
            .filter(m -> m.start() == tokens.get(first).span().start())
            .findFirst()
            .orElse(kindOf(first) == Kind.DETERMINER ? phraseAfter(first, group) : null);
    if (opening == null || !plausible(opening)) {
      return null;
    }
    int after = endToken(opening, first) + 1;
    if (after >= group || !commaBefore(after) && !relative(after)) {
      return null;
    }
    for (int k = after; k < group && !relative(k); k++) {
      if (ItalianReporting.isAuxiliary(lower(k)) || tag(k).equals("AUX")) {
        return null; // "Barack Obama, non è stato l'unico …, il suo nemico X ha annunciato"
      }
    }
    return opening;
  }

  /** Whether token {@code k} opens a relative clause: "che", "il quale". */
  private boolean relative(int k) {
    return lower(k).equals("che")
        || k + 1 < tokens.size() && RELATIVE.contains(lower(k) + " " + lower(k + 1));
  }

  private String lower(int k) {
    return ItalianReporting.lower(tokens.get(k).text());
  }

  /**
   * A directive verb and its complement: "Trump ha minacciato di usare l'esercito", "ha invitato la
   * popolazione a scendere in piazza", "la Corte ha decretato che …". Its subject precedes it or is
   * omitted: the phrase after it is whom it addresses.
   */
  private void directive(Sentence s, int verb, int first, int end) {
    int group = groupStart(verb, first);
    if (ItalianReporting.isParticiple(tokens.get(verb).text()) && !hasAuxiliary(group, verb)) {
      return; // "le misure disposte": an adjective
    }
    Span subject = phraseBefore(group);
    subject = subject != null ? notInPrepositionalPhrase(subject) : null;
    if (subject == null || !isPronoun(subject) && !plausible(subject)) {
      // an omitted subject is too often taken for whom the verb addresses ("pregando il ministro
      // di …"): a directive reports only with its subject in the sentence
      return;
    }
    Span cue = new Span(tokens.get(group).span().start(), tokens.get(verb).span().end());
    Frame f = new Frame(cue, subject, false, verb);
    int j = complementStart(verb, verb + 1, end);
    Span clause = j < 0 ? null : clause(j + 1, end, s);
    if (clause != null) {
      add(clause, cue, notTheObject(speakers.speakerOf(f, clause.start()), f));
    }
  }

  /**
   * {@code speaker}, unless it stands after a verb whose subject does not follow it: between the
   * verb and its clause the words are whom or what the verb addresses ("minacciava le vittime di
   * …", "pregando il ministro di …"), inside the clause they are part of what was said ("ricordando
   * che … erano stati disposti dal Comando generale"); then no one, as the words say nothing else
   * of who spoke.
   */
  private @Nullable Speaker notTheObject(@Nullable Speaker speaker, Frame f) {
    return speaker != null && !f.subjectAfter() && speaker.span().start() >= f.cue().end()
        ? null
        : speaker;
  }

  /**
   * Whether the annotator tagged token {@code i} a verb, or tagged nothing: "Ad una esplicita
   * domanda" is a noun.
   */
  private boolean taggedVerb(int i) {
    String pos = tag(i);
    return pos.isEmpty() || pos.equals("VERB") || pos.equals("AUX");
  }

  /** The part of speech the annotator gave token {@code i}; empty when it gave none. */
  private String tag(int i) {
    int at = tokens.get(i).span().start();
    for (Token w : article.tokens()) {
      if (w.span().start() == at) {
        return w.pos();
      }
    }
    return "";
  }

  /**
   * The document an impersonal "si" + reporting verb reads from: a noun of documents in its
   * sentence before the verb, or in the sentence before in the same paragraph ("Nella relazione si
   * ribadisce che …"; "… una circolare … . Si raccomanda infatti di …"); null when there is none
   * ("si dice che": no one in particular).
   */
  private @Nullable Span documentBefore(Sentence s, int verb) {
    Span read = readIn(s, verb);
    if (read != null) {
      return read;
    }
    int idx = article.sentences().indexOf(s);
    Sentence previous = idx > 0 ? article.sentences().get(idx - 1) : null;
    int from =
        previous != null && previous.paragraph() == s.paragraph()
            ? previous.span().start()
            : s.span().start();
    for (int k = verb - 1; k >= 0 && tokens.get(k).span().start() >= from; k--) {
      String w = ItalianReporting.lower(tokens.get(k).text());
      w = afterElision(w); // "nell'ordinanza"
      if (ItalianSpeakers.isDocument(w) && !insideQuote(tokens.get(k).span().start())) {
        return tokens.get(k).span();
      }
    }
    return null;
  }

  /**
   * What "si legge" reads in, named by "in" in its own sentence before it, whatever the noun
   * ("Nell'opinione di maggioranza, redatta dal giudice, si legge che …"); null for another verb.
   */
  private @Nullable Span readIn(Sentence s, int verb) {
    if (!ItalianReporting.lower(tokens.get(verb).text()).startsWith("legg")) {
      return null;
    }
    for (int k = firstAtOrAfter(s.span().start()); k < verb; k++) {
      String w = ItalianReporting.lower(tokens.get(k).text());
      String noun = afterElision(w); // "nell'opinione"
      boolean in =
          IN.contains(w)
              || !noun.equals(w) && IN.contains(w.substring(0, w.length() - noun.length()));
      if (!in || insideQuote(tokens.get(k).span().start())) {
        continue;
      }
      int n = noun.isEmpty() || noun.equals(w) ? k + 1 : k;
      if (n < verb && kindOf(n) == Kind.DETERMINER) {
        n++; // "in una nota"
      }
      if (n < verb && kindOf(n) == Kind.CONTENT) {
        Span t = tokens.get(n).span();
        String word = afterElision(tokens.get(n).text());
        return new Span(t.end() - word.length(), t.end());
      }
    }
    return null;
  }

  /**
   * The token that opens the complement of the reporting verb {@code verb} at or after {@code j},
   * past adverbs, a short prepositional phrase ("alla polizia", "sulla questione"), an object ("il
   * governo") or an aside between commas: "che", "come" ("ha sottolineato come …"), "di" +
   * infinitive, "a" + infinitive after a verb of inviting ("ha invitato la popolazione a …"), "se"
   * after a verb of asking ("chiede se …"); -1 when there is none.
   */
  private int complementStart(int verb, int j, int end) {
    String v = tokens.get(verb).text();
    // "ha annunciato un piano che …": after the verb's object, "che" opens a relative clause;
    // not after the person told ("ha informato il ministro che …") or a phrase with a preposition
    boolean object =
        j < end
            && !hasPunctBefore(j)
            && (kindOf(j) == Kind.DETERMINER || kindOf(j) == Kind.CONTENT)
            && !takesPersonObject(verb);
    int k = j;
    int skipped = 0;
    boolean aside = false;
    while (k < end && skipped < 8) {
      String w = ItalianReporting.lower(tokens.get(k).text());
      // ", come D'Alema, …": "come" after a comma compares, it does not open a complement
      boolean that =
          (w.equals("che") || w.equals("come") && !gapBefore(k).contains(",")) && !(object && k > j)
              || w.equals("se") && ItalianReporting.asks(v);
      boolean infinitive = k + 1 < end && infinitiveOrNot(k + 1, end);
      boolean to =
          infinitive
              && (w.equals("di")
                  || (w.equals("a") || w.equals("ad")) && ItalianReporting.takesToInfinitive(v));
      if (that || to) {
        return k;
      }
      if (gapBefore(k).strip().startsWith(",") && !aside) {
        aside = true;
        int close = k + 1; // ", rispondendo alle domande poste in merito, che"
        while (close < end && close - k < 10 && !gapBefore(close).strip().startsWith(",")) {
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
    return ItalianReporting.takesPersonObject(tokens.get(verb).text());
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
    return clause(j, end, s, -1, -1);
  }

  /** The same, where the tokens from {@code cueFrom} to {@code cueTo} are the clause's own cue. */
  private @Nullable Span clause(int j, int end, Sentence s, int cueFrom, int cueTo) {
    int stop = end;
    for (int k = j + 1; k < end; k++) {
      if (k >= cueFrom && k < cueTo) {
        continue; // "Per il momento, ha assicurato, continuerà …": the aside is this report's cue
      }
      if (insideQuote(tokens.get(k).span().start())) {
        if (k > j + 1
            && !insideQuote(tokens.get(k - 1).span().start())
            && Character.isUpperCase(tokens.get(k).text().codePointAt(0))
            && kindOf(k - 1) != Kind.DETERMINER // not "il “Couloir Giapponese”": a name in it
            && kindOf(k - 1) != Kind.OF
            && !ItalianQuoteExtractor.NAMING.contains(lower(k - 1))) { // "dal titolo “Who's …”"
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
      int other = otherSource(k, j + 1, end);
      if (other >= 0) {
        stop = other;
        break;
      }
      boolean frame = reporting(k) && !bareParticiple(k, j + 1);
      if (frame && !gap.isEmpty()
          || frame && k + 1 < end && hasPunctBefore(k + 1)
          || frame && coordinated(k, j + 1, end)) {
        int from = groupStart(k, j + 1);
        // a gerund has no subject before it: the phrase there ends the clause ("che si tratta di
        // un attacco, specificando che …")
        Span subject =
            gerund(ItalianReporting.lower(tokens.get(k).text())) ? null : phraseBefore(from);
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
      e = quotationEnd(j > 0 ? tokens.get(j - 1).span().end() : s.span().start(), e);
    }
    Span clause = trimEnd(new Span(tokens.get(j).span().start(), e));
    return clause.length() == 0 || overlapsIndirect(clause) ? null : clause;
  }

  /**
   * Where a relative aside opened by another source's cue starts, when token {@code k} is that cue:
   * "…, che secondo la polizia sarebbe stato …", "…, cosa che per i Democratici sarebbe …". What
   * follows is that source's word about the reported thing, not the report's own; -1 otherwise.
   */
  private int otherSource(int k, int floor, int end) {
    String w = ItalianReporting.lower(tokens.get(k).text());
    int from = k - 1;
    if (from <= floor || !ItalianReporting.lower(tokens.get(from).text()).equals("che")) {
      return -1;
    }
    if (from - 1 > floor && ItalianReporting.lower(tokens.get(from - 1).text()).equals("cosa")) {
      from--; // "cosa che"
    }
    Span who = k + 1 < end ? phraseAfter(k + 1, end) : null;
    boolean source =
        w.equals("secondo") && who != null && (plausible(who) || finding(who))
            || w.equals("per") && who != null && plausible(who) && headsSource(who);
    return source && commaBefore(from) ? from : -1;
  }

  /**
   * Speech printed with no quotation marks after a reporting verb and a colon ("ha poi aggiunto,
   * rivolto ai giornalisti: Sono sereno, …"): the words after the colon, to the end of the sentence
   * and on through the next sentences of the paragraph until the narrator's voice comes back, in a
   * sentence that quotes, reports, names a person or body, or ends a part with a colon or semicolon
   * (the speech goes on to it). Null when no colon follows the verb's group within a few words,
   * when a quotation mark follows it (that is a direct quotation), or when no verb does (a list).
   */
  private @Nullable Span unmarkedSpeech(int from, int end, Sentence s) {
    int k = from;
    while (k < end && !gapBefore(k).strip().equals(":")) {
      boolean comma = gapBefore(k).strip().equals(",");
      if (k - from >= 8 || k > from && hasPunctBefore(k) && !comma || reporting(k)) {
        return null;
      }
      k++;
    }
    List<Sentence> all = article.sentences();
    int at = all.indexOf(s);
    Sentence in = s;
    int last = end;
    if (k >= end) {
      // the splitter may end the sentence at the colon: the speech is the next one
      if (at + 1 >= all.size()
          || all.get(at + 1).paragraph() != s.paragraph()
          || !s.span().of(text).stripTrailing().endsWith(":")) {
        return null;
      }
      in = all.get(++at);
      k = firstAtOrAfter(in.span().start());
      last = firstAtOrAfter(in.span().end());
    }
    if (k >= last || containsQuoteMark(new Span(tokens.get(k - 1).span().end(), in.span().end()))) {
      return null;
    }
    Span clause = clause(k, last, in);
    if (clause != null && tagged() && !hasVerb(k, last)) {
      return null; // "ha dichiarato lo stato d'emergenza per: Washington, New York, …"
    }
    if (clause == null || clause.end() < trimEnd(in.span()).end()) {
      return clause; // the speech ends inside its sentence, where a new frame begins
    }
    int e = clause.end();
    for (int n = at + 1; n < all.size() && n <= at + SPEECH; n++) {
      Sentence next = all.get(n);
      if (next.paragraph() != s.paragraph() || narrated(next)) {
        break;
      }
      String words = next.span().of(text);
      int part = words.replace(';', ':').indexOf(':');
      if (part >= 0) {
        e = next.span().start() + part; // "…; ed anche: …"
        break;
      }
      e = trimEnd(next.span()).end();
    }
    Span speech = new Span(clause.start(), e);
    return overlapsIndirect(speech) ? null : speech;
  }

  /**
   * Whether sentence {@code s} is in the narrator's voice: it holds a quotation mark, a reporting
   * verb, "secondo", or a person or body the annotator found.
   */
  private boolean narrated(Sentence s) {
    if (containsQuoteMark(s.span())) {
      return true;
    }
    for (int k = firstAtOrAfter(s.span().start()); k < firstAtOrAfter(s.span().end()); k++) {
      String w = ItalianReporting.lower(tokens.get(k).text());
      if (inName[k] || reporting(k) || w.equals("secondo")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the report from {@code start} (before a mark that may open it) to the sentence end at
   * {@code end} ends when it opens a quotation that runs on past the sentence ("ha precisato che
   * «la missione deve proseguire. La presenza italiana …»"): at its closing mark, as the reported
   * words go on; {@code end} when it opens none.
   */
  private int quotationEnd(int start, int end) {
    for (QuoteMarks.Quoted q : quoted) {
      if (q.marks().start() >= start && q.marks().start() < end && q.marks().end() > end) {
        return q.marks().end();
      }
    }
    return end;
  }

  /**
   * Whether the reporting verb {@code k} opens a report of its own coordinated with the one before
   * ("… «devono essere organizzate …» e ha insistito che le autorità …"): its group follows "e" or
   * "ma" and takes a complement.
   */
  private boolean coordinated(int k, int floor, int end) {
    int group = groupStart(k, floor);
    return group > floor
        && CONJUNCTIONS.contains(ItalianReporting.lower(tokens.get(group - 1).text()))
        && complementStart(k, k + 1, end) == k + 1;
  }

  /**
   * Whether the head of {@code who}, its first word past a determiner, is a name or a noun of
   * people or bodies ("Per il premier, …"), not only a word after it.
   */
  private boolean headsSource(Span who) {
    int k = firstAtOrAfter(who.start());
    if (kindOf(k) == Kind.DETERMINER && k + 1 < firstAtOrAfter(who.end())) {
      k++;
    }
    String w = tokens.get(k).text();
    w = afterElision(w); // "l'azienda"
    return !w.isEmpty()
        && (Character.isUpperCase(w.codePointAt(0)) || ItalianSpeakers.isPeopleNoun(w));
  }

  /**
   * "Secondo gli editori, …", "…, secondo i tabloid inglesi, avrebbe …", "secondo la quale …", "…,
   * secondo quanto ha riferito X, …", and the other cues of {@link #accordingTo}, whose X starts at
   * token {@code next}.
   */
  private void secondo(Sentence s, int i, int next, int first, int end) {
    boolean secondo = ItalianReporting.lower(tokens.get(i).text()).equals("secondo");
    if (secondo && i > first && kindOf(i - 1) == Kind.DETERMINER) {
      return; // "il secondo"
    }
    if (lower(i).equals("quanto")) {
      return; // "A seguito di quanto detto da X": what was said, not according to whom; only
      // "secondo quanto riferito da X" reports
    }
    Span cue = new Span(tokens.get(i).span().start(), tokens.get(next - 1).span().end());
    String w = ItalianReporting.lower(tokens.get(next).text());
    Speaker speaker;
    int after;
    String rel = next + 1 < end ? ItalianReporting.lower(tokens.get(next + 1).text()) : "";
    boolean article = w.equals("la") || w.equals("il") || w.equals("le") || w.equals("i");
    // "una dichiarazione di X secondo la quale …", "quanto affermato da X, secondo cui …"
    int relative =
        !secondo
            ? -1
            : w.equals("cui") ? next + 1 : article && rel.startsWith("qual") ? next + 2 : -1;
    if (relative > 0) {
      // the relative pronoun stands for the phrase right before it: a name further back is not
      // its antecedent ("il comitato dell'ONU per …, secondo il quale": not a person named before)
      Span before = phraseEndingAt(i - 1);
      Optional<Span> who =
          speakers
              .nearestMention(tokens.get(i).span().start())
              .filter(x -> before != null && x.start() < before.end() && before.start() < x.end());
      speaker = who.map(x -> new Speaker(x, x.of(text), Speaker.Basis.ANTECEDENT)).orElse(null);
      Span clause = clause(relative, end, s);
      if (clause != null) {
        add(clause, cue, speaker);
      }
      return;
    }
    boolean quanto = secondo && w.equals("quanto");
    Frame told = quanto ? frames.verbGroup(next + 1, end, false) : null;
    int agent = quanto && told == null ? accordingTo(next, next, end) : -1; // "quanto riferito da"
    Span who =
        told != null
            ? told.subjectAfter() ? told.subject() : null // "secondo quanto ha riferito X"
            : agent > 0
                ? phraseAfter(agent, end)
                : ItalianReporting.PRONOUNS.contains(w)
                    ? tokens.get(next).span()
                    : phraseAfter(
                        DEMONSTRATIVES.contains(w) ? next + 1 : next, end); // "questa ong"
    if (who == null && next + 2 < end && kindOf(next) == Kind.DETERMINER && same(next + 1)) {
      Span head = phraseAfter(next + 2, end); // "secondo lo stesso sindaco"
      who = head == null ? null : new Span(tokens.get(next).span().start(), head.end());
    }
    Span instance = who == null ? null : instanceAfter(who, end);
    who = instance != null ? instance : who;
    boolean opens = i == first || firstContent(first, i);
    Span parsed =
        opens && !quanto && !elided(tokens.get(next).text()) ? governed(s, next - 1) : null;
    if (parsed != null && who != null && parsed.start() == who.start()) {
      who = parsed; // "Secondo il magistrato sussistono …": the parse says where the phrase ends
    }
    boolean per = ItalianReporting.lower(tokens.get(i).text()).equals("per");
    boolean personal =
        secondo && who != null && PERSONAL.contains(ItalianReporting.lower(who.of(text)));
    if (who == null
        || !personal && isPronoun(who)
        || !personal && !plausible(who) && (per || !finding(who))) {
      return; // "secondo logiche di mercato", "secondo alcuni", "per il momento"
    }
    if (per && !headsSource(who)) {
      return; // "Per la morte di Ciro Esposito, …": a cause, not a source
    }
    // "secondo loro": whom the pronoun stands for is left unknown rather than guessed
    Span author = plausible(who) ? who : speechAuthor(who);
    speaker =
        personal || author == null ? null : new Speaker(author, author.of(text), Speaker.Basis.CUE);
    after = opens ? pastAsides(endToken(who, next) + 1, end) : endToken(who, next) + 1;
    Span clause;
    if (opens && after < end && commaBefore(after)) { // also before a mark: "Secondo X, «…»"
      clause = clause(after, end, s);
    } else if (per) {
      return; // "Per X" with no comma is no cue ("Per Marco è stato un anno difficile")
    } else if (opens && who == parsed && after < end && !hasPunctBefore(after)) {
      clause = hasVerb(after, end) ? clause(after, end, s) : null; // no comma after the phrase
    } else if (!opens) {
      int aside = otherSource(i, first, end); // "…, che secondo la polizia sarebbe …"
      clause = clause(aside >= 0 ? aside : first, end, s, i, endToken(who, next) + 1);
    } else {
      return;
    }
    if (clause != null) {
      add(clause, cue, speaker);
    }
  }

  /**
   * The noun phrase that "secondo" at token {@code i} is the preposition of in the sentence's
   * parse, without its asides but with a participle clause right after it ("lo studio fatto
   * dall'Istituto …"); null when the sentence has no parse or the parse says otherwise.
   */
  private @Nullable Span governed(Sentence s, int i) {
    Parsed p = parsed(s);
    if (p == null) {
      return null;
    }
    for (int k = 0; k < p.words().size(); k++) {
      if (p.words().get(k).span().start() == tokens.get(i).span().start()) {
        int head = p.parse().head()[k];
        if (head <= k || !p.parse().relation()[k].equals("case")) {
          return null;
        }
        Span phrase = subtree(p, head);
        for (int d = k + 1; d < p.words().size(); d++) {
          if (p.words().get(d).span().start() >= phrase.end()) {
            boolean participle =
                p.parse().head()[d] == head && p.parse().relation()[d].startsWith("acl");
            return participle ? new Span(phrase.start(), lastOf(p, d)) : phrase;
          }
        }
        return phrase;
      }
    }
    return null;
  }

  /** Where the words that word {@code root} governs in the parse end, punctuation aside. */
  private static int lastOf(Parsed p, int root) {
    int last = root;
    List<Integer> todo = new ArrayList<>(List.of(root));
    while (!todo.isEmpty()) {
      for (int d : p.parse().dependents(todo.remove(todo.size() - 1))) {
        if (!p.parse().relation()[d].equals("punct")) {
          last = Math.max(last, d);
          todo.add(d);
        }
      }
    }
    return p.words().get(last).span().end();
  }

  /**
   * Whether {@code who} is headed by a noun of findings or documents, which speak for whoever made
   * them: "secondo le prime ricostruzioni", "secondo l'autopsia", "secondo la ricerca".
   */
  private boolean finding(Span who) {
    int k = firstAtOrAfter(who.start());
    if (k < tokens.size()
        && (kindOf(k) == Kind.DETERMINER || ItalianSpeakers.isIndefinite(tokens.get(k).text()))) {
      k++; // "alcuni documenti"
    }
    while (k < tokens.size() && k < firstAtOrAfter(who.end())) {
      String w = ItalianReporting.lower(tokens.get(k).text());
      w = afterElision(w); // "l'autopsia"
      if (FINDINGS.contains(w) || ItalianSpeakers.isDocument(w) || SPEECH_NOUNS.contains(w)) {
        return true;
      }
      if (!w.equals("prima") && !w.equals("prime") && !w.equals("primo") && !w.equals("primi")) {
        return false;
      }
      k++;
    }
    return false;
  }

  /**
   * For a phrase headed by a noun of speech ("il racconto dei quattro", "le dichiarazioni del
   * ministero"), the person or body its "di" complement names, or null when it names none; {@code
   * who} itself for a finding or a document, which speaks for whoever made it.
   */
  private @Nullable Span speechAuthor(Span who) {
    int last = firstAtOrAfter(who.end());
    for (int k = firstAtOrAfter(who.start()); k < last; k++) {
      if (SPEECH_NOUNS.contains(afterElision(lower(k)))) {
        Span of = k + 2 < last && kindOf(k + 1) == Kind.OF ? phraseAfter(k + 2, last) : null;
        return of != null && plausible(of) ? of : null;
      }
    }
    return who;
  }

  /**
   * The person or body named after "come" right after an indefinite role ("da un leader di
   * maggioranza come Umberto Bossi"): the one the role stands for; null otherwise.
   */
  private @Nullable Span instanceAfter(Span role, int end) {
    int k = endToken(role, firstAtOrAfter(role.start())) + 1;
    String indefinite = lower(firstAtOrAfter(role.start()));
    if (k + 1 >= end
        || !(indefinite.equals("un") || indefinite.equals("uno") || indefinite.equals("una"))
        || !lower(k).equals("come")
        || hasPunctBefore(k)) {
      return null;
    }
    int at = tokens.get(k + 1).span().start();
    return article.mentions().stream()
        .filter(m -> m.type() != EntityType.LOC && m.span().start() == at)
        .map(Mention::span)
        .findFirst()
        .orElse(null);
  }

  /**
   * Whether token {@code k} is "stesso" and its forms: "lo stesso sindaco" is the mayor himself.
   */
  private boolean same(int k) {
    return lower(k).startsWith("stess") && lower(k).length() == 6;
  }

  /** Whether "secondo quanto" stands before the verb group at {@code group}: its cue. */
  private boolean secondoQuanto(int group, int first) {
    return group - 2 >= first
        && ItalianReporting.lower(tokens.get(group - 1).text()).equals("quanto")
        && ItalianReporting.lower(tokens.get(group - 2).text()).equals("secondo");
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
                  && RELATIVE.contains(w + " " + ItalianReporting.lower(tokens.get(at + 1).text()));
      boolean apposition = kindOf(at) == Kind.CONTENT && Character.isLowerCase(w.codePointAt(0));
      // ", come riportato dal sito X,": where the attribution comes from, not the clause
      boolean relayed = w.equals("come") && accordingTo(at, at, end) > 0;
      if (comma < 0 || !(relative || relayed || apposition && !hasVerb(at, comma))) {
        break;
      }
      at = comma;
    }
    return at;
  }

  /**
   * ", ribadisce Berlusconi,", ", come ha riferito la stessa Munzig,", ", racconta,": a cue between
   * commas, not next to quotation marks, reports the clause around it.
   */
  private void parenthetical(Sentence s, Frame f, int group, int first, int end) {
    int open = group;
    if (open > first && ItalianReporting.lower(tokens.get(open - 1).text()).equals("come")) {
      open--;
    }
    int close = f.subjectAfter() ? f.subjectEndToken() + 1 : firstAtOrAfter(f.cue().end());
    if (open <= first || close > end) {
      return;
    }
    String before = gapBefore(open).strip();
    if (!before.equals(",") && !isDash(before)) {
      return;
    }
    if (before.equals(",") && closesSentence(close, end)) {
      // only an aside that names its subject after the verb ("…, come ha precisato X.", "…, dice
      // X."): not the main verb of a sentence whose subject stands before it, nor a cue whose
      // colon opens what follows; a gerund goes on with its own object ("…, riportando lesioni")
      boolean aside =
          f.subjectAfter()
              && f.subject() != null
              && plausible(f.subject())
              && !gerund(
                  ItalianReporting.lower(tokens.get(firstAtOrAfter(f.cue().end()) - 1).text()));
      if (aside && !s.span().of(text).stripTrailing().endsWith(":")) {
        trailing(s, f, open, first);
      }
      return;
    }
    String after = close < end ? gapBefore(close).strip() : "";
    if (!after.equals(",") && !isDash(after)) {
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
    Span clause = clause(from, end, s, open, close);
    if (clause != null) {
      add(clause, f.cue(), speakers.speakerOf(f, clause.start()));
    }
  }

  /**
   * Whether the cue ending before token {@code close} ends its sentence, but for a phrase with no
   * verb or punctuation ("…, dice West al quotidiano.").
   */
  private boolean closesSentence(int close, int end) {
    for (int k = close; k < end; k++) {
      if (hasPunctBefore(k) || ItalianReporting.isVerb(tokens.get(k).text())) {
        return false;
      }
    }
    return close == end || !hasVerb(close, end);
  }

  /**
   * A cue after a comma at the end of its sentence ("Il ricovero non è previsto, come ha precisato
   * il medico."): the words before it, from the sentence start, are the report, unless they hold a
   * quotation mark (a direct quotation keeps its cue) or a report of their own.
   */
  private void trailing(Sentence s, Frame f, int open, int first) {
    Span clause =
        trimEnd(new Span(tokens.get(first).span().start(), tokens.get(open - 1).span().end()));
    if (containsQuoteMark(new Span(s.span().start(), tokens.get(open).span().start()))
        || overlapsIndirect(clause)
        || tagged() && !hasVerb(first, open)) {
      return;
    }
    add(clause, f.cue(), speakers.speakerOf(f, clause.start()));
  }

  private void add(Span clause, @Nullable Span cue, @Nullable Speaker speaker) {
    found.add(
        new Quotation(
            article.id(),
            clause,
            clause.of(text),
            Quotation.Kind.INDIRECT,
            cue,
            speaker != null ? qualified(speaker) : null));
  }

  /**
   * The person or body a speaker's "di" complement qualifies, when the words found are only that
   * complement, cut from the name right before it ("il Prof. Tarallo del dipartimento di
   * Matematica, che ha spiegato"); the speaker itself otherwise.
   */
  private Speaker qualified(Speaker speaker) {
    int k = firstAtOrAfter(speaker.words().start());
    if (k == 0 || kindOf(k) != Kind.OF || hasPunctBefore(k)) {
      return speaker;
    }
    Span name = nameEndingAt(k - 1).orElse(phraseEndingAt(k - 1));
    return name != null && plausible(name)
        ? new Speaker(name, name.of(text), speaker.basis())
        : speaker;
  }

  private boolean overlapsIndirect(Span span) {
    return found.stream()
        .anyMatch(
            q ->
                q.kind() == Quotation.Kind.INDIRECT
                    && q.span().start() < span.end()
                    && span.start() < q.span().end());
  }
}
