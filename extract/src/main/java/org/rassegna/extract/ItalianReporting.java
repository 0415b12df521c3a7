package org.rassegna.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The words Italian news uses to report speech: reporting verbs by lemma, with the forms news prose
 * uses made by the rules of Italian conjugation (participle after an auxiliary, present, simple
 * past, imperfect, conditional, gerund), the auxiliaries and adverbs that may stand between subject
 * and verb, and the pronouns that name no one by themselves. These are rules of the language, not a
 * model of any text.
 */
final class ItalianReporting {

  private ItalianReporting() {}

  /**
   * Verbs of saying by lemma: saying, declaring, writing and telling, adding, stressing,
   * explaining, answering, confirming and denying, admitting and confessing, announcing and
   * revealing, complaining and accusing, asking and promising; what a text says ("recita la
   * sentenza"). They frame quotations ("«…», ha detto X") and report clauses ("ha detto che …").
   * Belief and inference (ritenere, credere, evincere) are not saying.
   */
  private static final List<String> SAYING =
      List.of(
          "dire",
          "dichiarare",
          "affermare",
          "sostenere",
          "scrivere",
          "aggiungere",
          "concludere",
          "sottolineare",
          "spiegare",
          "raccontare",
          "commentare",
          "precisare",
          "specificare",
          "puntualizzare",
          "chiarire",
          "esordire",
          "annunciare",
          "comunicare",
          "rivelare",
          "divulgare",
          "diffondere",
          "riferire",
          "riportare",
          "recitare",
          "segnalare",
          "confermare",
          "ribadire",
          "ripetere",
          "insistere",
          "garantire",
          "assicurare",
          "rassicurare",
          "promettere",
          "giurare",
          "osservare",
          "evidenziare",
          "enfatizzare",
          "rilevare",
          "constatare",
          "annotare",
          "ricordare",
          "testimoniare",
          "confidare",
          "confessare",
          "ammettere",
          "negare",
          "smentire",
          "escludere",
          "replicare",
          "rispondere",
          "ribattere",
          "obiettare",
          "argomentare",
          "definire",
          "denunciare",
          "lamentare",
          "accusare",
          "informare",
          "avvisare",
          "avvertire",
          "raccomandare",
          "suggerire",
          "ammonire",
          "chiedere",
          "leggere",
          "sapere");

  /**
   * Verbs of the manner of saying and of going on: they frame quotations ("«…», tuona X", "«…»,
   * prosegue X"), but their gerund tells how something is done ("fuggire urlando", "continuando a
   * esprimere"), not what was said.
   */
  private static final List<String> NO_GERUND =
      List.of(
          "continuare",
          "proseguire",
          "riprendere",
          "urlare",
          "gridare",
          "esclamare",
          "tuonare",
          "sbottare",
          "chiosare",
          "incalzare",
          "attaccare",
          "twittare",
          "postare");

  /**
   * Verbs of asking, advising, inviting, ordering, threatening and proposing, and an authority's
   * decreeing: they report only through their complement ("ha invitato la popolazione a …", "ha
   * minacciato di …", "ha decretato che …"); a noun phrase after them is what or whom they address
   * ("propone un ritorno …"), never who speaks, so they frame no quotation.
   */
  private static final List<String> DIRECTIVE =
      List.of(
          "invitare",
          "esortare",
          "sollecitare",
          "pregare",
          "intimare",
          "minacciare",
          "consigliare",
          "proporre",
          "domandare",
          "richiedere",
          "decretare",
          "disporre");

  /** Verbs in -ire that take -isc- in the present: "ribadisce", "riferisce". */
  private static final Set<String> ISC =
      Set.of(
          "ribadire",
          "riferire",
          "garantire",
          "chiarire",
          "smentire",
          "definire",
          "esordire",
          "ammonire",
          "suggerire");

  /**
   * Irregular verbs and those in -ere and -ire without -isc-, by lemma: past participle, simple
   * past (third person singular) and the stem of the present, imperfect and gerund; then, where
   * those rules do not make them, the present (third person singular and plural) and the
   * conditional.
   */
  private static final Map<String, List<String>> IRREGULAR =
      Map.ofEntries(
          Map.entry("dire", List.of("detto", "disse", "dic")),
          Map.entry("scrivere", List.of("scritto", "scrisse", "scriv")),
          Map.entry("aggiungere", List.of("aggiunto", "aggiunse", "aggiung")),
          Map.entry("concludere", List.of("concluso", "concluse", "conclud")),
          Map.entry("ammettere", List.of("ammesso", "ammise", "ammett")),
          Map.entry("promettere", List.of("promesso", "promise", "promett")),
          Map.entry("chiedere", List.of("chiesto", "chiese", "chied")),
          Map.entry("richiedere", List.of("richiesto", "richiese", "richied")),
          Map.entry("rispondere", List.of("risposto", "rispose", "rispond")),
          Map.entry("ripetere", List.of("ripetuto", "ripeté", "ripet")),
          Map.entry("ribattere", List.of("ribattuto", "ribatté", "ribatt")),
          Map.entry("riprendere", List.of("ripreso", "riprese", "riprend")),
          Map.entry("insistere", List.of("insistito", "insistette", "insist")),
          Map.entry("escludere", List.of("escluso", "escluse", "esclud")),
          Map.entry("proporre", List.of("proposto", "propose", "propon", "propone", "propongono")),
          Map.entry("disporre", List.of("disposto", "dispose", "dispon", "dispone", "dispongono")),
          Map.entry(
              "sostenere",
              List.of("sostenuto", "sostenne", "sosten", "sostiene", "sostengono", "sosterrebbe")),
          Map.entry("avvertire", List.of("avvertito", "avvertì", "avvert")),
          Map.entry("proseguire", List.of("proseguito", "proseguì", "prosegu")));

  /**
   * Feminine participles of the passive that news writes with its agent ("la notizia è stata
   * confermata dal portavoce", "l'ha definita"); the others are adjectives more often than not ("la
   * linea ribadita", "una persona informata").
   */
  private static final List<String> PASSIVES =
      List.of("dichiarata", "confermata", "annunciata", "riferita", "riportata", "definita");

  /** Forms of the verbs of saying (lower case), to their lemmas. */
  private static final Map<String, String> FORMS = forms(SAYING, NO_GERUND);

  /** Forms of the directive verbs, to their lemmas. */
  private static final Map<String, String> DIRECTIVE_FORMS = forms(DIRECTIVE, List.of());

  private static Map<String, String> forms(List<String> lemmas, List<String> noGerund) {
    Map<String, String> forms = new HashMap<>();
    for (String lemma : lemmas) {
      conjugate(lemma, true, forms);
    }
    for (String lemma : noGerund) {
      conjugate(lemma, false, forms);
    }
    for (String passive : PASSIVES) {
      String lemma = forms.get(passive.substring(0, passive.length() - 1) + "o");
      if (lemma != null) {
        forms.put(passive, lemma);
      }
    }
    return Map.copyOf(forms);
  }

  /**
   * The forms by which news prose reports with {@code lemma}: past participle (masculine), present
   * and simple past (third person), imperfect, conditional and, when asked, gerund.
   */
  private static void conjugate(String lemma, boolean gerund, Map<String, String> forms) {
    List<String> made = new ArrayList<>();
    List<String> parts = IRREGULAR.get(lemma);
    if (lemma.equals("sapere")) {
      made.add("sapere"); // only after "fa", "fanno", "fatto sapere" (see faSapere)
    } else if (lemma.equals("leggere")) {
      made.add("legge"); // "si legge che": the other forms read, they do not report
    } else if (lemma.equals("diffondere")) {
      made.add("diffuso"); // "ha diffuso la notizia che": "diffuse" is as often an adjective
    } else if (parts != null) {
      String stem = parts.get(2);
      // "dire" conjugates on its Latin stem: "diceva", "dicendo"
      String vowel = lemma.endsWith("ire") && !lemma.equals("dire") ? "i" : "e";
      boolean listed = parts.size() > 3;
      made.addAll(List.of(parts.get(0), parts.get(1), stem + vowel + "va", stem + vowel + "vano"));
      if (parts.get(1).endsWith("e")) {
        made.add(parts.get(1) + "ro"); // "dissero", "aggiunsero"
      }
      made.add(listed ? parts.get(3) : stem + "e");
      made.add(listed ? parts.get(4) : stem + "ono");
      // "aggiungere" → "aggiungerebbe", "dire" → "direbbe", "proporre" → "proporrebbe"
      made.add(parts.size() > 5 ? parts.get(5) : lemma.substring(0, lemma.length() - 2) + "rebbe");
      if (gerund) {
        made.add(stem + "endo");
      }
    } else if (ISC.contains(lemma)) {
      String stem = lemma.substring(0, lemma.length() - 3);
      for (String ending :
          List.of("ito", "isce", "iscono", "ì", "irono", "iva", "ivano", "irebbe")) {
        made.add(stem + ending);
      }
      if (gerund) {
        made.add(stem + "endo");
      }
    } else if (lemma.endsWith("are")) {
      String stem = lemma.substring(0, lemma.length() - 3);
      // "specificare" → "specificherebbe", "annunciare" → "annuncerebbe"
      String future =
          stem.endsWith("c") || stem.endsWith("g")
              ? stem + "h"
              : stem.endsWith("ci") || stem.endsWith("gi")
                  ? stem.substring(0, stem.length() - 1)
                  : stem;
      for (String ending : List.of("ato", "a", "ano", "ò", "arono", "ava", "avano")) {
        made.add(stem + ending);
      }
      made.add(future + "erebbe");
      made.add(future + "erebbero");
      if (gerund) {
        made.add(stem + "ando");
      }
    } else {
      throw new IllegalStateException("no conjugation for " + lemma);
    }
    made.forEach(f -> forms.put(f, lemma));
  }

  /** Verbs whose object is the person told, asked or accused: "ha accusato il governo di …". */
  private static final Set<String> PERSON_OBJECT =
      Set.of(
          "accusare",
          "informare",
          "avvisare",
          "avvertire",
          "invitare",
          "esortare",
          "sollecitare",
          "pregare",
          "intimare",
          "minacciare",
          "denunciare",
          "rassicurare",
          "ammonire");

  /** Verbs whose complement may be "a" + infinitive: "ha invitato la popolazione a …". */
  private static final Set<String> TO_INFINITIVE =
      Set.of("invitare", "esortare", "sollecitare", "intimare");

  /** Verbs of asking, whose complement may be an indirect question: "chiede se …". */
  private static final Set<String> ASKING = Set.of("chiedere", "domandare", "richiedere");

  /**
   * Whether {@code w} (lower case) is an auxiliary, also with an elided object pronoun glued to it
   * ("l'ha definita", "l'hanno detto").
   */
  static boolean isAuxiliary(String w) {
    return AUXILIARIES.contains(w.startsWith("l'") || w.startsWith("l\u2019") ? w.substring(2) : w);
  }

  /** Auxiliaries of the compound tenses and the passive. */
  static final Set<String> AUXILIARIES =
      Set.of(
          "ha",
          "hanno",
          "aveva",
          "avevano",
          "avrebbe",
          "avrebbero",
          "abbia",
          "abbiano",
          "è",
          "sono",
          "era",
          "erano",
          "stato",
          "stata",
          "stati",
          "state",
          "viene",
          "vengono");

  /** Adverbs that may stand between subject, auxiliary and verb ("ha poi aggiunto"). */
  static final Set<String> ADVERBS =
      Set.of(
          "poi",
          "anche",
          "inoltre",
          "infatti",
          "già",
          "ancora",
          "subito",
          "quindi",
          "però",
          "invece",
          "ieri",
          "oggi",
          "comunque",
          "pure",
          "infine",
          "successivamente",
          "persino",
          "ufficialmente",
          "chiaramente",
          "ulteriormente",
          "così",
          "allora",
          "sempre",
          "spesso",
          "poco",
          "pressappoco",
          "dopo",
          "prima",
          "stesso",
          "stessa");

  /**
   * Whether {@code w} (lower case) is an adverb that may stand inside a verb group: one of {@link
   * #ADVERBS}, or an adverb of manner, an adjective + "-mente" ("ha apertamente dichiarato", "ha
   * espressamente negato").
   */
  static boolean isAdverb(String w) {
    return ADVERBS.contains(w) || w.endsWith("mente") && w.length() > 7;
  }

  /** Words that name a speaker only through what the text said before. */
  static final Set<String> PRONOUNS =
      Set.of(
          "lui",
          "lei",
          "egli",
          "ella",
          "esso",
          "essa",
          "loro",
          "essi",
          "esse",
          "quale",
          "quali",
          "che",
          "questi",
          "costui",
          "costei",
          "ultimo",
          "ultima",
          "quest'ultimo",
          "quest'ultima",
          "quest’ultimo",
          "quest’ultima");

  /** Determiners that open a noun phrase. */
  static final Set<String> DETERMINERS =
      Set.of("il", "lo", "la", "i", "gli", "le", "l'", "l’", "un", "uno", "una", "un'", "un’");

  /** Prepositions that stay inside a noun phrase ("il portavoce del Cremlino"). */
  static final Set<String> OF =
      Set.of("di", "del", "dello", "della", "dei", "degli", "delle", "dell'", "dell’", "d'", "d’");

  /** Prepositions that introduce the agent of a passive ("confermata dal portavoce"). */
  static final Set<String> BY =
      Set.of("da", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "dall'", "dall’");

  /**
   * Whether a reporting verb form is a past participle ("detto", "aggiunto", "dichiarata"), which
   * reports speech only after an auxiliary: alone it is an adjective ("il clochard denunciato").
   */
  static boolean isParticiple(String word) {
    String w = lower(word);
    return (isVerb(w) || isDirective(w))
        && w.length() > 3
        && Set.of("ato", "ata", "uto", "ito", "tto", "sso", "sto", "nto", "uso", "eso")
            .contains(w.substring(w.length() - 3));
  }

  /** "fa", "fanno", "fatto", "far": with "sapere", a verb of saying ("hanno fatto sapere che"). */
  static final Set<String> FA = Set.of("fa", "fanno", "fatto", "far", "facendo", "fece");

  static boolean isVerb(String word) {
    return FORMS.containsKey(lower(word));
  }

  /** Whether {@code word} is a form of a directive verb ("ha invitato", "minacciava"). */
  static boolean isDirective(String word) {
    return DIRECTIVE_FORMS.containsKey(lower(word));
  }

  /** The lemma of a reporting or directive verb form ("dichiarò" → "dichiarare"), or null. */
  static @Nullable String lemma(String word) {
    String w = lower(word);
    return FORMS.containsKey(w) ? FORMS.get(w) : DIRECTIVE_FORMS.get(w);
  }

  /** Whether the reporting verb {@code word} takes the person told as its object. */
  static boolean takesPersonObject(String word) {
    return PERSON_OBJECT.contains(lemma(word));
  }

  /** Whether the reporting verb {@code word} may take "a" + infinitive ("invita a …"). */
  static boolean takesToInfinitive(String word) {
    return TO_INFINITIVE.contains(lemma(word));
  }

  /** Whether the reporting verb {@code word} asks, and so may take "se" ("chiede se …"). */
  static boolean asks(String word) {
    return ASKING.contains(lemma(word));
  }

  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
