package org.rassegna.extract;

import java.util.Locale;
import java.util.Set;

/**
 * The words Italian news uses to report speech: reporting verbs in the forms news prose uses
 * (participle after an auxiliary, present, simple past, imperfect), the auxiliaries and adverbs
 * that may stand between subject and verb, and the pronouns that name no one by themselves. These
 * are rules of the language, not a model of any text.
 */
final class ItalianReporting {

  private ItalianReporting() {}

  /** Reporting verbs: say, declare, write, add, stress, explain, tell, comment … in all forms. */
  private static final Set<String> VERBS =
      Set.of(
          // dire, scrivere and other irregular verbs
          "detto",
          "dice",
          "dicono",
          "disse",
          "dissero",
          "diceva",
          "dicevano",
          "scritto",
          "scrive",
          "scrivono",
          "scrisse",
          "scrissero",
          "scriveva",
          "aggiunto",
          "aggiunge",
          "aggiungono",
          "aggiunse",
          "aggiunsero",
          "concluso",
          "conclude",
          "concludono",
          "concluse",
          "ammesso",
          "ammette",
          "ammise",
          "chiesto",
          "chiede",
          "chiedono",
          "chiese",
          "risposto",
          "risponde",
          "rispondono",
          "rispose",
          "sostenuto",
          "sostiene",
          "sostengono",
          "sostenne",
          "ribadito",
          "ribadisce",
          "ribadiscono",
          "ribadì",
          "riferito",
          "riferisce",
          "riferiscono",
          "riferì",
          "garantito",
          "garantisce",
          "garantì",
          "esordito",
          "esordisce",
          "insistito",
          "insiste",
          "insistono",
          "ripetuto",
          "ripete",
          "ripetono",
          "ribattuto",
          "ribatte",
          "promesso",
          "promette",
          "proseguito",
          "prosegue",
          "proseguono",
          "proseguì",
          "avvertito",
          "avverte",
          // regular -are verbs: participle, present 3rd person, simple past, imperfect
          "dichiarato",
          "dichiara",
          "dichiarano",
          "dichiarò",
          "dichiarava",
          "affermato",
          "afferma",
          "affermano",
          "affermò",
          "affermava",
          "sottolineato",
          "sottolinea",
          "sottolineano",
          "sottolineò",
          "spiegato",
          "spiega",
          "spiegano",
          "spiegò",
          "spiegava",
          "raccontato",
          "racconta",
          "raccontano",
          "raccontò",
          "raccontava",
          "raccontavano",
          "commentato",
          "commenta",
          "commentano",
          "commentò",
          "precisato",
          "precisa",
          "precisano",
          "precisò",
          "continuato",
          "continua",
          "continuò",
          "annunciato",
          "annuncia",
          "annunciano",
          "annunciò",
          "confermato",
          "conferma",
          "confermano",
          "confermò",
          "osservato",
          "osserva",
          "osservò",
          "evidenziato",
          "evidenzia",
          "evidenziò",
          "ricordato",
          "ricorda",
          "ricordano",
          "ricordò",
          "rilevato",
          "rileva",
          "denunciato",
          "denuncia",
          "denunciano",
          "replicato",
          "replica",
          "replicano",
          "replicò",
          "assicurato",
          "assicura",
          "assicurano",
          "assicurò",
          "tuonato",
          "tuona",
          "confidato",
          "confida",
          "riportato",
          "riporta",
          "enfatizzato",
          "enfatizza",
          "puntualizzato",
          "puntualizza",
          "incalzato",
          "incalza",
          "attaccato",
          "attacca",
          "lamentato",
          "lamenta",
          "lamentano",
          "confessato",
          "confessa",
          "urlato",
          "urla",
          "urlava",
          "gridato",
          "grida",
          "gridava",
          "chiosato",
          "chiosa",
          "ripreso",
          "riprende",
          "segnalato",
          "segnala",
          "segnalano",
          "diffuso",
          "divulgato",
          "comunicato",
          "comunica",
          "legge", // "si legge"
          "sbottato",
          "sbotta",
          "dichiarata",
          "confermata",
          "annunciata",
          "riferita",
          "riportata",
          // more verbs of saying and their plural and past forms
          "attaccano",
          "twittato",
          "twitta",
          "postato",
          "informa",
          "informano",
          "informato",
          "giurato",
          "giura",
          "giurò",
          "accusato",
          "accusa",
          "accusano",
          "accusava",
          "accusavano",
          "sapere", // only after "fa", "fanno", "fatto sapere" (see isFaSapere)
          "rivelato",
          "rivela",
          "rivelano",
          "smentito",
          "smentisce",
          "negato",
          "nega",
          "negano",
          "raccomanda",
          "raccomandato",
          "ritenuto",
          "chiarito",
          "chiarisce",
          "avvisato",
          "avvisa",
          // naming someone or something in their own words: "ha definito la scomparsa «…»"
          "definito",
          "definita",
          "definisce",
          "definiscono",
          "definì",
          "definendo",
          // gerunds: "sostenendo di", "aggiungendo che"
          "dicendo",
          "affermando",
          "sostenendo",
          "aggiungendo",
          "spiegando",
          "dichiarando",
          "annunciando",
          "sottolineando",
          "ribadendo",
          "precisando",
          "ricordando",
          "raccontando",
          "assicurando",
          "confermando",
          "osservando",
          "riferendo",
          "denunciando",
          "lamentando",
          "replicando",
          "accusando",
          "chiedendo",
          "scrivendo");

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
          "dopo",
          "prima",
          "stesso",
          "stessa");

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
    return isVerb(w)
        && w.length() > 3
        && Set.of("ato", "ata", "uto", "ito", "tto", "sso", "sto", "nto", "uso", "eso")
            .contains(w.substring(w.length() - 3));
  }

  /** "fa", "fanno", "fatto", "far": with "sapere", a verb of saying ("hanno fatto sapere che"). */
  static final Set<String> FA = Set.of("fa", "fanno", "fatto", "far", "facendo", "fece");

  static boolean isVerb(String word) {
    return VERBS.contains(lower(word));
  }

  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
