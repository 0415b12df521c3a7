package org.rassegna.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
import org.rassegna.model.Token;

/**
 * One article as the quotation rules read it, shared by the parts of {@link ItalianQuoteExtractor}:
 * its text, its words from {@link LuceneAnnotator}'s model-free analysis (with stop-word flags and
 * no punctuation, whichever annotator produced the mentions), the quotation marks, which words fall
 * inside a person or body the annotator found, the dependency parses made so far, and the
 * quotations and named reporting frames found so far. Requires the article's sentences and
 * mentions; provides word classes, noun phrases and the tests every part uses.
 */
class ArticleWords {

  /** Prepositions other than "di" and "da" that put a name out of the subject's place. */
  static final Set<String> PREPOSITIONS =
      Set.of(
          "a", "al", "allo", "alla", "ai", "agli", "alle", "all'", "all’", "ad", "con", "col",
          "per", "su", "sul", "sulla", "sui", "sugli", "sulle", "tra", "fra", "in", "nel", "nella",
          "nei", "negli", "nelle", "verso", "contro");

  /** Where words are said: "ha detto in una nota Briguglio", "ha dichiarato in un'intervista X". */
  static final Set<String> OCCASIONS =
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

  /** Conjunctions that end a reported clause rather than belong to it. */
  static final Set<String> CONJUNCTIONS =
      Set.of("e", "ed", "ma", "mentre", "però", "oppure", "o", "infatti", "quindi", "tuttavia");

  static final Set<String> DEMONSTRATIVES =
      Set.of("questo", "questa", "queste", "questi", "così", "tale", "tali");

  /** Nouns of what someone said: "Questo il commento di …", "Queste le parole del …". */
  static final Set<String> SPEECH_NOUNS =
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
          "auspicio",
          "giudizio",
          "parere");

  /** Universal tags of words that never head a noun phrase. */
  private static final Set<String> FUNCTION_TAGS =
      Set.of("ADP", "ADV", "CCONJ", "SCONJ", "PRON", "DET", "INTJ", "PART");

  /** Tags of verb forms, which never head a name. */
  private static final Set<String> VERB_TAGS = Set.of("VERB", "AUX");

  /** Dependents that are not part of a subject's noun phrase. */
  static final Set<String> NOT_IN_PHRASE =
      Set.of("acl", "acl:relcl", "punct", "appos", "parataxis", "conj", "cc");

  /**
   * Words with stop-word flags and no punctuation, the same whichever annotator produced the
   * article's mentions (CoreNLP, for one, keeps punctuation as tokens and splits "della").
   */
  static final LuceneAnnotator WORDS = LuceneAnnotator.italian();

  final AnnotatedArticle article;

  final String text;

  final List<Token> tokens;

  final List<QuoteMarks.Quoted> quoted;

  /** The dependency parses made so far, of sentences holding a cue with no subject near. */
  final Map<Sentence, @Nullable Parsed> parses;

  /** Per token: inside a person or body the annotator found. */
  final boolean[] inName;

  final List<Quotation> found;

  /** Every reporting frame of the article that names its subject, in text order. */
  final List<Frame> named;

  ArticleWords(AnnotatedArticle article) {
    this.article = article;
    this.text = article.article().text();
    this.tokens = WORDS.annotate(article.article()).tokens();
    this.quoted = QuoteMarks.find(text);
    this.inName = new boolean[tokens.size()];
    this.parses = new HashMap<>();
    this.found = new ArrayList<>();
    this.named = new ArrayList<>();
    for (Mention m : article.mentions()) {
      if (m.type() != EntityType.LOC) {
        for (int i = firstAtOrAfter(m.span().start()); i < firstAtOrAfter(m.span().end()); i++) {
          inName[i] = true;
        }
      }
    }
  }

  /** The same article, words and findings, for another part of the extraction to read. */
  ArticleWords(ArticleWords w) {
    this.article = w.article;
    this.text = w.text;
    this.tokens = w.tokens;
    this.quoted = w.quoted;
    this.parses = w.parses;
    this.inName = w.inName;
    this.found = w.found;
    this.named = w.named;
  }

  /** Whether the annotator tagged parts of speech (the word analysis alone does not). */
  boolean tagged() {
    return article.tokens().stream().anyMatch(t -> !t.pos().isEmpty());
  }

  /** Whether the noun phrase holding token {@code i} follows a preposition ("al sindaco X"). */
  boolean governedByPreposition(int i, int floor) {
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
   * Whether token {@code i} opens a "di" complement ("lo scambio di persona", "la madre di Hina"):
   * it qualifies the noun before it and names no one who speaks.
   */
  boolean ofComplement(int i) {
    int j = i;
    while (j > 0 && kindOf(j - 1) == Kind.DETERMINER && !hasPunctBefore(j)) {
      j--;
    }
    return j > 0 && kindOf(j - 1) == Kind.OF && !hasPunctBefore(j);
  }

  /**
   * Whether the "di" complement at token {@code i} follows a noun of speech or reaction ("nelle
   * parole di Luca Lo Crasti"): then it names who speaks.
   */
  boolean ofSpeech(int i) {
    int j = i;
    while (j > 0 && kindOf(j - 1) != Kind.OF) {
      j--;
    }
    if (j < 2) {
      return false;
    }
    String noun = tokens.get(j - 2).text();
    return ItalianSpeakers.isReaction( // "L'annuncio della Began"
        afterElision(noun));
  }

  /** The first token after {@code from}, within {@code reach}, that a comma precedes; or -1. */
  int nextComma(int from, int end, int reach) {
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
  boolean commaBefore(int j) {
    return gapBefore(j).replaceAll("[\\s\"»”]", "").equals(",");
  }

  /**
   * Whether the annotator tagged a verb or an auxiliary among tokens {@code from} to {@code to}.
   */
  boolean hasVerb(int from, int to) {
    Span range = new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    return article.tokens().stream()
        .anyMatch(
            t -> range.contains(t.span()) && (t.pos().equals("VERB") || t.pos().equals("AUX")));
  }

  /**
   * {@code phrase}, or the noun phrase it completes ("L'associazione per i diritti animali Safe"),
   * or nothing when it stands in a prepositional phrase ("si è rivolto al Gazzettino"): a subject
   * never does.
   */
  @Nullable Span notInPrepositionalPhrase(Span phrase) {
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

  /**
   * Where X starts after a cue "according to X" at token {@code i}: "secondo X", "a detta di X", "a
   * parere di X", "stando a X", "come riportato da X", and "Per X" opening the sentence or a clause
   * ("Per X, …", "…; per X, …"); -1 when token {@code i} opens none. Both the direct and the
   * indirect rules read the cue here; each checks X its own way.
   */
  int accordingTo(int i, int first, int end) {
    String w = ItalianReporting.lower(tokens.get(i).text());
    String next = i + 1 < end ? ItalianReporting.lower(tokens.get(i + 1).text()) : "";
    int x = -1;
    if (w.equals("secondo")) {
      x = i + 1;
    } else if (w.equals("per")) {
      x = i == first || hasPunctBefore(i) || firstContent(first, i) ? i + 1 : -1;
    } else if (w.equals("a") && (next.equals("detta") || next.equals("parere")) && i + 2 < end) {
      x = elidedOf(i + 2) ? i + 2 : kindOf(i + 2) == Kind.OF ? i + 3 : -1;
    } else if (w.equals("stando") && i + 1 < end && kindOf(i + 1) != Kind.CONTENT) {
      x = next.startsWith("a") ? i + 2 : -1; // "stando ai documenti", "stando a X"
    } else if ((w.equals("come") || w.equals("quanto"))
        && i + 2 < end
        && bareParticiple(i + 1, first)) {
      x = startsWithBy(i + 2) ? (elided(tokens.get(i + 2).text()) ? i + 2 : i + 3) : -1;
    }
    return x > i && x < end && !hasPunctBefore(x) ? x : -1;
  }

  /** Whether only adverbs and conjunctions stand between {@code first} and {@code i}. */
  boolean firstContent(int first, int i) {
    for (int k = first; k < i; k++) {
      String w = ItalianReporting.lower(tokens.get(k).text());
      if (!ItalianReporting.ADVERBS.contains(w) && !CONJUNCTIONS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code k} is "di" glued to its noun: "dell'autorità". */
  boolean elidedOf(int k) {
    String w = ItalianReporting.lower(tokens.get(k).text());
    int apostrophe = Math.max(w.indexOf('\''), w.indexOf('\u2019'));
    return apostrophe > 0 && ItalianReporting.OF.contains(w.substring(0, apostrophe + 1));
  }

  /** A participle with no auxiliary ("peraltro già testimoniato da …") is no new frame. */
  boolean bareParticiple(int k, int floor) {
    return ItalianReporting.isParticiple(tokens.get(k).text())
        && !hasAuxiliary(groupStart(k, floor), k);
  }

  /** A name after a short prepositional phrase: "in una nota Briguglio". */
  @Nullable Span nameAfterPreposition(int k, int limit) {
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

  boolean hasAuxiliary(int from, int verb) {
    for (int j = from; j < verb; j++) {
      if (ItalianReporting.isAuxiliary(ItalianReporting.lower(tokens.get(j).text()))) {
        return true;
      }
    }
    return false;
  }

  int endToken(@Nullable Span phrase, int fallback) {
    if (phrase == null) {
      return fallback;
    }
    return firstAtOrAfter(phrase.end()) - 1;
  }

  /** The first token of the verb group whose verb is token {@code verb}. */
  int groupStart(int verb, int floor) {
    int i = verb;
    while (i - 1 >= floor && (!hasPunctBefore(i) || adverbAside(i))) {
      String w = ItalianReporting.lower(tokens.get(i - 1).text());
      if (ItalianReporting.isAuxiliary(w)
          || ItalianReporting.isAdverb(w)
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

  /**
   * Whether the punctuation before token {@code j} is a comma of an adverb set off inside a verb
   * group ("il questore ha, infatti, affermato"): token {@code j} is that adverb, or follows it.
   */
  boolean adverbAside(int j) {
    return gapBefore(j).strip().equals(",")
        && (j + 1 < tokens.size()
                && ItalianReporting.isAdverb(ItalianReporting.lower(tokens.get(j).text()))
                && gapBefore(j + 1).strip().equals(",")
            || j > 0
                && ItalianReporting.isAdverb(ItalianReporting.lower(tokens.get(j - 1).text()))
                && gapBefore(j - 1).strip().equals(","));
  }

  /** The noun phrase starting at token {@code i}: "il portavoce del Cremlino", "Trump". */
  @Nullable Span phraseAfter(int i, int limit) {
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
  @Nullable Span phraseBefore(int i) {
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
          // "Il capo della polizia di Dallas, David Brown, ha affermato": the person between the
          // commas is the one a role before them describes
          return person(role) && !person(name) ? role : name;
        }
      }
      return null;
    }
    return phraseEndingAt(i - 1);
  }

  /** Whether {@code phrase} is a person the annotator found. */
  private boolean person(Span phrase) {
    return article.mentions().stream()
        .anyMatch(m -> m.type() == EntityType.PER && m.span().equals(phrase));
  }

  /** The person or body the annotator found ending with token {@code end}, if any. */
  Optional<Span> nameEndingAt(int end) {
    int at = tokens.get(end).span().end();
    return article.mentions().stream()
        .filter(m -> m.type() != EntityType.LOC && m.span().end() == at)
        .map(Mention::span)
        .findFirst();
  }

  @Nullable Span phraseEndingAt(int end) {
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
    if (start > 0 && kindOf(start) == Kind.OF && commaBefore(start)) {
      // "Jean Ziegler, della commissione diritti umani dell'ONU ha chiesto": the complement
      // qualifies the name before the comma, which is the phrase
      return nameEndingAt(start - 1).orElse(null);
    }
    while (start >= 0 && start <= end && kindOf(start) == Kind.OF) {
      start++;
    }
    if (start < 0 || start > end || kindOf(end) != Kind.CONTENT) {
      return null;
    }
    return new Span(tokens.get(start).span().start(), tokens.get(end).span().end());
  }

  /** A sentence's tagged words and their parse, made once; null when the words have no tags. */
  @Nullable Parsed parsed(Sentence s) {
    if (parses.containsKey(s)) {
      return parses.get(s);
    }
    List<Token> words = article.tokens().stream().filter(t -> s.span().contains(t.span())).toList();
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
  static Span subtree(Parsed p, int root) {
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
  boolean reporting(int i) {
    return ItalianReporting.isVerb(tokens.get(i).text()) && !nounUse(i) && faSapere(i);
  }

  /** "sapere" reports speech only in "fa / fanno / hanno fatto sapere". */
  boolean faSapere(int i) {
    return !ItalianReporting.lower(tokens.get(i).text()).equals("sapere")
        || i > 0
            && !hasPunctBefore(i)
            && ItalianReporting.FA.contains(ItalianReporting.lower(tokens.get(i - 1).text()));
  }

  /**
   * Whether {@code who} can name a speaker: its head (its first noun or name, past the adjectives
   * and the function words before it: "l'ex premier", "mentre Sabrina Guzzanti") is a name, a
   * person or body the annotator found, or a noun of people or bodies ({@link ItalianSpeakers}).
   * After a head that names no one (an abstract noun, an artefact: "il colore ufficiale della Casa
   * Reale", "la propria pagina Facebook", "La linea del PD"), only a person the annotator found or
   * a noun of people can still name the speaker ("il meteorologo di Cubavision Jose Rubiera",
   * "l'amarezza dei titolari"), not a body or a place. A word the tagger reads as a function word
   * heads nothing, whatever its ending ("durante"); a place or time after another preposition does
   * not name the head ("un comizio a Firenze"); never a bare function word ("seguito", "oppure",
   * "no").
   */
  boolean plausible(Span who) {
    int first = firstAtOrAfter(who.start());
    int end = firstAtOrAfter(who.end());
    boolean tagged = tagged();
    boolean noOne = false; // a head noun naming no one came first
    boolean speech = false; // and it is a noun of speech or reaction
    boolean complement = false; // and a "di" complement followed it
    for (int i = first; i < end; i++) {
      if (i > first && PREPOSITIONS.contains(ItalianReporting.lower(tokens.get(i).text()))) {
        return false;
      }
      complement |= noOne && kindOf(i) == Kind.OF;
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
      int at = tokens.get(i).span().start() + apostrophe + 1;
      String pos = tagged ? posAt(at) : "";
      if (Character.isUpperCase(w.codePointAt(0)) && !named(at, false)) {
        if (VERB_TAGS.contains(pos)) {
          return false; // a verb opening a sentence ("Continuerò", "Ora dovranno") names no one
        }
        if (FUNCTION_TAGS.contains(pos)) {
          continue;
        }
      }
      if (Character.isUpperCase(w.codePointAt(0)) || named(at, false)) {
        if (!noOne || named(at, true)) {
          return true; // a name
        }
        continue;
      }
      if (FUNCTION_TAGS.contains(pos)) {
        continue;
      }
      if (ItalianSpeakers.isPeopleNoun(w) && (!noOne || speech || !complement)) {
        return true; // the head, or the noun after it ("l'amarezza dei titolari")
      }
      if (!noOne && pos.equals("NOUN")) {
        noOne = true;
        speech = ItalianSpeakers.isReaction(w);
      }
    }
    return false;
  }

  /**
   * Whether a person (or, unless {@code person}, a body) the annotator found holds offset {@code
   * at}.
   */
  private boolean named(int at, boolean person) {
    return article.mentions().stream()
        .anyMatch(
            m ->
                (m.type() == EntityType.PER || !person && m.type() == EntityType.ORG)
                    && m.span().start() <= at
                    && at < m.span().end());
  }

  /** The tag the annotator gave the word holding offset {@code at}; empty when there is none. */
  String posAt(int at) {
    List<Token> words = article.tokens();
    int lo = 0;
    int hi = words.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = words.get(mid).span();
      if (s.end() <= at) {
        lo = mid + 1;
      } else if (s.start() > at) {
        hi = mid - 1;
      } else {
        return words.get(mid).pos();
      }
    }
    return "";
  }

  boolean isPronoun(Span who) {
    int i = firstAtOrAfter(who.start());
    return firstAtOrAfter(who.end()) - i == 1
        && ItalianReporting.PRONOUNS.contains(ItalianReporting.lower(tokens.get(i).text()));
  }

  enum Kind {
    DETERMINER,
    OF,
    CONTENT,
    OTHER
  }

  Kind kindOf(int i) {
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
        || ItalianReporting.isAuxiliary(w)
        || ItalianReporting.isVerb(w)
        || gerund(w)
        || !Character.isLetter(w.codePointAt(0))) {
      return Kind.OTHER;
    }
    return Kind.CONTENT;
  }

  /** A gerund ("riferendosi", "confermando") ends a noun phrase. */
  static boolean gerund(String w) {
    return w.matches(".*[ae]ndo(si|la|lo|le|li|gli|ne)?");
  }

  static boolean infinitive(Token t) {
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
  boolean nounUse(int i) {
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

  static boolean isClitic(String word) {
    String w = ItalianReporting.lower(word);
    return w.equals("lo") || w.equals("così");
  }

  static boolean isDash(String s) {
    return s.equals("-") || s.equals("\u2013") || s.equals("\u2014");
  }

  /** The token after the last one of the dash-delimited segment starting at {@code i}. */
  int segmentEnd(int i, int limit) {
    for (int j = i + 1; j < limit; j++) {
      String gap = text.substring(tokens.get(j - 1).span().end(), tokens.get(j).span().start());
      if (isDash(gap.strip())) {
        return j;
      }
    }
    return limit;
  }

  int paragraphEndToken(int i) {
    int nl = text.indexOf('\n', tokens.get(i).span().start());
    return nl < 0 ? tokens.size() : firstAtOrAfter(nl);
  }

  /**
   * Whether punctuation (anything but white space) separates token {@code j} from the last; the
   * full stop of an initial ("A. M.") does not.
   */
  boolean hasPunctBefore(int j) {
    if (j == 0) {
      return true;
    }
    String gap = gapBefore(j);
    return !gap.isBlank() && !(gap.strip().equals(".") && isInitial(j - 1));
  }

  boolean hasPunctAfter(int j) {
    return j + 1 >= tokens.size() || hasPunctBefore(j + 1);
  }

  /** One capital letter followed by a full stop: an initial of a name. */
  boolean isInitial(int i) {
    String t = tokens.get(i).text();
    int end = tokens.get(i).span().end();
    return t.length() == 1
        && Character.isUpperCase(t.charAt(0))
        && end < text.length()
        && text.charAt(end) == '.';
  }

  /** "da", "dalla", "dall'azienda". */
  boolean startsWithBy(int k) {
    String w = ItalianReporting.lower(tokens.get(k).text());
    int apostrophe = Math.max(w.indexOf('\''), w.indexOf('\u2019'));
    return ItalianReporting.BY.contains(apostrophe > 0 ? w.substring(0, apostrophe + 1) : w);
  }

  /** The word after an elided article or preposition: "l'azienda" → "azienda". */
  static String afterElision(String w) {
    return w.substring(Math.max(w.indexOf('\''), w.indexOf('\u2019')) + 1);
  }

  static boolean elided(String w) {
    return w.indexOf('\'') > 0 || w.indexOf('\u2019') > 0;
  }

  String gapBefore(int j) {
    return j == 0
        ? ""
        : text.substring(tokens.get(j - 1).span().end(), tokens.get(j).span().start());
  }

  boolean insideQuote(int offset) {
    for (QuoteMarks.Quoted q : quoted) {
      if (q.marks().start() <= offset && offset < q.marks().end()) {
        return true;
      }
    }
    return false;
  }

  boolean containsQuoteMark(Span span) {
    return span.of(text).matches("(?s).*[\"\u201C\u201D\u00AB\u00BB].*");
  }

  Span trimEnd(Span s) {
    int e = s.end();
    while (e > s.start() && ".;:!? ".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    return new Span(s.start(), e);
  }

  @Nullable Sentence sentenceAt(int offset) {
    for (Sentence s : article.sentences()) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s;
      }
    }
    return null;
  }

  /** The index of the first token starting at or after {@code offset}. */
  int firstAtOrAfter(int offset) {
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

  /** The tagged words of one sentence (the annotator's, not the word analysis') and their parse. */
  record Parsed(List<Token> words, ItalianDependencies.Parse parse) {}

  /**
   * A reporting frame: the cue, the phrase naming the subject if any, whether that phrase follows
   * the verb, the last token of the frame, and whether it is an impersonal passive ("era stato
   * riportato che") that names no speaker at all.
   */
  record Frame(
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
