package org.rassegna.extract;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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

  /** Relations that keep a name inside a larger noun phrase ("il presidente statunitense X"). */
  private static final Set<String> IN_PHRASE = Set.of("flat", "flat:name", "appos", "compound");

  /**
   * The relation of a predicative complement. Not "obj": the parse often gives a subject after the
   * verb that relation ("ha detto il ministro").
   */
  private static final Set<String> PREDICATIVE = Set.of("xcomp");

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
        .filter(s -> !addressed(s, start))
        .filter(s -> !someoneElseNamed(s, lastSpoken(start), start))
        .filter(s -> !otherSubjectSince(s, start))
        .map(s -> new Speaker(s, s.of(text), Speaker.Basis.ANTECEDENT))
        .orElse(null);
  }

  /**
   * Whether the quotation opening at {@code start} names {@code speaker} (by a capitalised word of
   * its name): then it speaks to or of them, not as them ("«Watson, guardate il cielo!». «Vedo
   * milioni di stelle, Holmes»", "Cordoglio per la morte di Fabrizio Frizzi …: «Con Fabrizio se ne
   * va un pezzo di noi»"), unless it names them as who speaks ("Mi chiamo Antonio Pelle").
   */
  boolean addressed(Span speaker, int start) {
    for (QuoteMarks.Quoted q : quoted) {
      if (q.marks().start() == start) {
        String inside = q.inside().of(text);
        for (String w : speaker.of(text).split("\\s+")) {
          if (w.length() >= 3
              && Character.isUpperCase(w.codePointAt(0))
              && inside.matches("(?s).*\\b" + Pattern.quote(w) + "\\b.*")
              && !inside.matches(
                  "(?s).*\\b(?:[Cc]hiamo|[Ss]ono)\\s+(?:\\p{Lu}\\S*\\s+)*"
                      + Pattern.quote(w)
                      + "\\b.*")) {
            return true;
          }
        }
      }
    }
    return false;
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
      w = afterElision(w); // "l'agenzia"
      if (kindOf(i) == Kind.CONTENT
          && !insideQuote(tokens.get(i).span().start())
          && ItalianSpeakers.isPeopleNoun(w)
          && !governedByPreposition(i, 0)
          && !ofComplement(i)
          && !name.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the person or body {@code mention}, the closest one named before a cue with no subject
   * at {@code cue}, may be its omitted subject: it stands where a subject stands, outside
   * quotations: the parse's subject ({@link #parsedSubject}), or not after a preposition other than
   * "per" ("accolto dal presidente Heinz Fischer"; but "Per Marchetto, «…»", "A Berlino Romano
   * Prodi") nor in a "di" complement other than one of a noun of speech ("marito della Giffords";
   * but "nelle parole di Luca Lo Crasti"), and no other subject comes between it and the cue
   * ({@link #ownSubject}). Nearness alone is no evidence.
   */
  boolean mayContinue(Span mention, int cue) {
    int i = firstAtOrAfter(mention.start());
    return !insideQuote(mention.start())
        && (parsedSubject(mention)
            || (ofComplement(i)
                    ? ofSpeech(i)
                    : !governedByPreposition(i, 0) || attributed(i) || afterName(i))
                && !elidedComplement(mention)
                && !appositionInComplement(mention)
                && !parsedObject(mention))
        && !ownSubject(mention, mention.end(), cue);
  }

  /** Prepositions that elide before a vowel and glue to the next word ("dell'Accademia"). */
  private static final Pattern ELIDED_PREPOSITION =
      Pattern.compile("(?:d|de|da|a|ne|su|co)ll['\u2019].*|d['\u2019].*");

  /**
   * Whether {@code mention} follows an elided preposition, in its own word ("dell'Accademia di
   * Brera") or in the noun before it ("la scomparsa dell'ammiraglio Birindelli"): a complement,
   * where no subject stands.
   */
  private boolean elidedComplement(Span mention) {
    int i = firstAtOrAfter(mention.start());
    if (i > 0 && tokens.get(i - 1).span().end() > mention.start()) {
      return ELIDED_PREPOSITION.matcher(ItalianReporting.lower(tokens.get(i - 1).text())).matches();
    }
    return i > 0
        && !hasPunctBefore(i)
        && ELIDED_PREPOSITION.matcher(ItalianReporting.lower(tokens.get(i - 1).text())).matches()
        && Character.isLowerCase(
            tokens.get(i - 1).text().codePointAt(tokens.get(i - 1).text().length() - 1));
  }

  /**
   * Whether the name at token {@code i} stands in apposition, after a comma, to a phrase in a
   * prepositional or "di" complement ("avvicinato dal conduttore del programma, Aldo Biscardi,",
   * "cori contro il Ministro dell'Interno, Giuliano Amato,"): it is that complement too, unless a
   * relative clause makes it the subject of its own ("al vicepresidente, Mohamed Waheed, che ha
   * giurato …, affermando").
   */
  private boolean appositionInComplement(Span mention) {
    int i = firstAtOrAfter(mention.start());
    int after = firstAtOrAfter(mention.end());
    if (i < 2
        || !commaBefore(i)
        || after < tokens.size()
            && ItalianReporting.lower(tokens.get(after).text()).matches("che|il|la|i|le")) {
      return false;
    }
    int j = i - 1; // back to the head of the phrase before the comma, past its complements
    while (j > 0 && !hasPunctBefore(j) && kindOf(j - 1) != Kind.OTHER) {
      j--;
    }
    for (int k = j; k < i; k++) {
      if (kindOf(k) == Kind.CONTENT) {
        return governedByPreposition(k, 0) || ofComplement(k);
      }
    }
    return false;
  }

  /**
   * Whether the parse makes {@code mention}, or the noun phrase it names ("il presidente X"), a
   * subject: then no preposition the words before it seem to hold governs it ("Sul green della Casa
   * Bianca Donald Trump annuncia").
   */
  private boolean parsedSubject(Span mention) {
    Sentence s = sentenceAt(mention.start());
    Parsed p = s == null ? null : parsed(s);
    int w = p == null ? -1 : phraseHead(p, mention);
    return w >= 0 && p.parse().relation()[w].equals("nsubj");
  }

  /**
   * Whether the parse makes {@code mention}, or the noun phrase it names, the object of a verb
   * other than a reporting verb ("Mottura ha ringraziato Raggi per la fiducia, sostenendo …"): one
   * acted upon, not the omitted subject of what follows. The object of a reporting verb may be a
   * subject after it ("ha detto il ministro").
   */
  private boolean parsedObject(Span mention) {
    Sentence s = sentenceAt(mention.start());
    Parsed p = s == null ? null : parsed(s);
    int w = p == null ? -1 : phraseHead(p, mention);
    int verb = w < 0 ? -1 : p.parse().head()[w];
    return verb >= 0
        && p.parse().relation()[w].equals("obj")
        && !appositionAt(p, mention)
        && p.words().get(verb).pos().equals("VERB")
        && !ItalianReporting.isVerb(p.words().get(verb).text());
  }

  /**
   * Whether the parse hangs {@code mention} on the phrase before it as an apposition, which it
   * often puts on the wrong noun ("colei che presiede il dicastero, Mariastella Gelmini, si è
   * espressa").
   */
  private static boolean appositionAt(Parsed p, Span mention) {
    for (int k = 0; k < p.words().size(); k++) {
      if (mention.contains(p.words().get(k).span())) {
        return p.parse().relation()[k].equals("appos");
      }
    }
    return false;
  }

  /**
   * The parse's word heading the noun phrase {@code mention} names, past the relations that keep a
   * name inside a larger phrase ("il presidente statunitense X"); -1 when no word of it is parsed.
   */
  private static int phraseHead(Parsed p, Span mention) {
    for (int k = 0; k < p.words().size(); k++) {
      int head = p.parse().head()[k];
      if (mention.contains(p.words().get(k).span())
          && (head < 0 || !mention.contains(p.words().get(head).span()))) {
        int w = k;
        while (p.parse().head()[w] >= 0 && IN_PHRASE.contains(p.parse().relation()[w])) {
          w = p.parse().head()[w];
        }
        return w;
      }
    }
    return -1;
  }

  /**
   * Whether a name of something else stands right before token {@code i}: a preposition before that
   * name governs it, not the one at {@code i} ("A Berlino Romano Prodi, …, ha detto").
   */
  private boolean afterName(int i) {
    return i > 0
        && !hasPunctBefore(i)
        && kindOf(i - 1) == Kind.CONTENT
        && Character.isUpperCase(tokens.get(i - 1).text().codePointAt(0));
  }

  /** Whether the noun phrase holding token {@code i} follows "per" ("Per Marchetto, «…»"). */
  private boolean attributed(int i) {
    int j = i;
    while (j > 0 && kindOf(j - 1) != Kind.OTHER && !hasPunctBefore(j)) {
      j--;
    }
    return j > 0 && ItalianReporting.lower(tokens.get(j - 1).text()).equals("per");
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
    if (ownSubject(speaker, from, offset)) {
      return true;
    }
    Span introduced = introducedByColon(from, offset);
    if (introduced != null && namesOther(introduced, speaker)) {
      return true;
    }
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
        if (subject.end() <= offset && (namesOther(subject, speaker) || newcomer(subject))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The last person the annotator found between {@code from} and {@code offset} right before a
   * colon, outside quotations and prepositional phrases: the colon gives the floor to them, and
   * what follows is theirs ("Ha infine preso la parola Umberto Bossi: dopo i ringraziamenti, ha
   * esordito: «…»"). Null when there is none.
   */
  private @Nullable Span introducedByColon(int from, int offset) {
    Span last = null;
    for (Mention m : article.mentions()) {
      Span at = m.span();
      int next = firstAtOrAfter(at.end());
      if (m.type() == EntityType.PER
          && at.start() >= from
          && at.end() <= offset
          && next < tokens.size()
          && gapBefore(next).strip().equals(":")
          && !insideQuote(at.start())
          && !governedByPreposition(firstAtOrAfter(at.start()), 0)
          && (last == null || at.start() > last.start())) {
        last = at;
      }
    }
    return last;
  }

  /**
   * Whether the sentence holding {@code offset} (a quotation with no cue, or a cue with no subject)
   * has a subject of its own before it, after {@code from}: the parsed subject of any of its verbs
   * outside quotations and outside what a verb reports, sharing no word with {@code speaker}:
   * headed by a noun of a body, which no one person can be ("mentre il governo tedesco «reagisce
   * con …»"), or naming someone else ({@link #namesOther}: "cosicché Morandi ha pensato di
   * cambiarlo in «…»"). The quotation's own sentence tells who acts in it; the last speaker does
   * not reach past that. A description of a person ("il medico islamico") may be the last speaker
   * again, and does not count.
   */
  private boolean ownSubject(Span speaker, int from, int offset) {
    Sentence s = sentenceAt(offset);
    Parsed p = s == null ? null : parsed(s);
    int limit =
        offset; // up to the quotation a cue introduces: "Rispondendo …, Putin ha accolto …: «…»"
    for (QuoteMarks.Quoted q : quoted) {
      if (s != null && q.marks().start() >= offset && q.marks().start() < s.span().end()) {
        limit = q.marks().start();
        break;
      }
    }
    for (int k = 0; p != null && k < p.words().size(); k++) {
      Span at = p.words().get(k).span();
      if (!p.parse().relation()[k].equals("nsubj")
          || at.start() < from
          || insideQuote(at.start())
          || p.words().get(k).pos().equals("PRON")) {
        continue;
      }
      Span subject = subtree(p, k);
      if (subject.end() <= limit
          && !reported(p, k)
          && (ItalianSpeakers.isGroupNoun(p.words().get(k).text()) && !sameOne(subject, speaker)
              || namesOther(subject, speaker))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether word {@code k} stands in a clause another verb governs as its complement ("ha detto che
   * i due capi di Stato hanno avuto …"): what is reported, not who reports.
   */
  static boolean reported(Parsed p, int k) {
    for (int h = p.parse().head()[k]; h >= 0; h = p.parse().head()[h]) {
      if (p.parse().relation()[h].equals("ccomp")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a subject is someone new: an indefinite article and a noun of people ("Tre ore più
   * tardi un altro uomo è giunto …", "un cartello dei contestatori recitava …"). Italian brings a
   * new referent in that way, so it is not the last speaker again.
   */
  private boolean newcomer(Span subject) {
    int i = firstAtOrAfter(subject.start());
    String first = ItalianReporting.lower(tokens.get(i).text());
    if (!first.matches("un|uno|una|un['\u2019].*")) {
      return false;
    }
    for (int j = i; j < tokens.size() && tokens.get(j).span().end() <= subject.end(); j++) {
      String w = tokens.get(j).text();
      w = afterElision(w);
      if (!w.isEmpty() && ItalianSpeakers.isPeopleNoun(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether two phrases share a word of more than two letters ("Trump", "il presidente Trump"). */
  private boolean sameOne(Span a, Span b) {
    String other = ItalianReporting.lower(b.of(text));
    for (String w : ItalianReporting.lower(a.of(text)).split("[\\s'\u2019]+")) {
      if (w.length() > 2 && other.contains(w)) {
        return true;
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
   * speaker} (sharing no name word with it). A speaker given by a description ("il magistrato")
   * cannot be told apart from a name: the one person a phrase names may be someone else (the
   * evidence disagrees, and the speaker is left unknown: "Anche il figlio di Vittorio Emanuele,
   * Emanuele Filiberto, … «…», ha dichiarato"), but of several named together one may be the
   * speaker ("Il presidente USA ha aggiunto … Trump e Putin hanno inoltre acconsentito a “…”").
   */
  private boolean namesOther(Span phrase, Span speaker) {
    Span apposition = appositionName(speaker);
    String name = (apposition == null ? speaker : apposition).of(text);
    boolean named = apposition != null;
    boolean other = false;
    int persons = 0;
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
        persons += m.type() == EntityType.PER ? 1 : 0;
      }
    }
    return other && (named || persons <= 1 && !coordinated(phrase));
  }

  /** Whether a person the annotator found follows {@code phrase} after "e" ("Trump e Putin"). */
  private boolean coordinated(Span phrase) {
    int i = firstAtOrAfter(phrase.end());
    if (i + 1 >= tokens.size() || !ItalianReporting.lower(tokens.get(i).text()).matches("e|ed")) {
      return false;
    }
    int at = tokens.get(i + 1).span().start();
    return article.mentions().stream()
        .anyMatch(m -> m.type() == EntityType.PER && m.span().start() == at);
  }

  /**
   * The person the annotator found right after {@code phrase} between commas, its apposition ("La
   * procuratrice della Corte Penale Internazionale, Fatou Bensouda, ha dichiarato"), or between a
   * comma and the dash closing an aside ("«… – racconta il titolare, Paolo Russo – …»"); else null.
   */
  @Nullable Span appositionName(Span phrase) {
    int next = firstAtOrAfter(phrase.end());
    if (next >= tokens.size() || !commaBefore(next)) {
      return null;
    }
    for (Mention m : article.mentions()) {
      if (m.type() == EntityType.PER && m.span().start() == tokens.get(next).span().start()) {
        int after = firstAtOrAfter(m.span().end());
        return after < tokens.size() && (commaBefore(after) || isDash(gapBefore(after).strip()))
            ? m.span()
            : null;
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
   * Whether the phrase a frame takes for the subject after its verb is, in the parse, the verb's
   * predicative complement ("«…», aveva detto ottimista ai suoi collaboratori"): how the speaker
   * spoke, not who.
   */
  boolean predicativeAfterCue(Frame frame) {
    Span who = frame.subject();
    Sentence s = sentenceAt(frame.cue().start());
    Parsed p = who == null || !frame.subjectAfter() || s == null ? null : parsed(s);
    if (p == null) {
      return false;
    }
    int verb = -1;
    for (int k = 0; k < p.words().size(); k++) {
      if (frame.cue().contains(p.words().get(k).span()) && p.words().get(k).pos().equals("VERB")) {
        verb = k;
      }
    }
    for (int k = 0; verb >= 0 && k < p.words().size(); k++) {
      int head = p.parse().head()[k];
      if (who.contains(p.words().get(k).span())
          && (head < 0 || !who.contains(p.words().get(head).span()))) {
        // the phrase's head word
        return head == verb && PREDICATIVE.contains(p.parse().relation()[k]);
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
      if (f.cue().end() <= offset
          && f.cue().end() > at
          && f.subject() != null
          && !predicativeAfterCue(f)) {
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
