package org.rassegna.extract;

import java.util.List;
import java.util.Set;

/**
 * Which Italian noun phrases can name a speaker: a person or a body. A phrase qualifies when it
 * holds a named person or body, or when its head noun (the first content word) is capitalised
 * inside a sentence (a name), is one of the nouns of people and bodies news reports quote, or has a
 * suffix that makes nouns of people ("-ista", "-tore", "-trice", "-ente", "-ante", "-iere"). A bare
 * function word never qualifies. These are facts of the language, not of any one text.
 */
final class ItalianSpeakers {

  private ItalianSpeakers() {}

  /** Nouns of people and the roles they hold. */
  private static final Set<String> PEOPLE =
      Set.of(
          "portavoce",
          "inquilino",
          "inquilina",
          "inquilini",
          "coniugi",
          "coppia",
          "residente",
          "anziani",
          "nipoti",
          "presidente",
          "ministro",
          "ministra",
          "premier",
          "sindaco",
          "sindaca",
          "segretario",
          "segretaria",
          "capo",
          "leader",
          "procuratore",
          "procuratrice",
          "avvocato",
          "avvocata",
          "avvocati",
          "legale",
          "legali",
          "giudice",
          "giudici",
          "magistrato",
          "magistrati",
          "pm",
          "testimone",
          "testimoni",
          "vittima",
          "vittime",
          "madre",
          "padre",
          "figlio",
          "figlia",
          "figli",
          "fratello",
          "sorella",
          "moglie",
          "marito",
          "amico",
          "amica",
          "amici",
          "nipote",
          "zia",
          "zio",
          "nonno",
          "nonna",
          "famiglia",
          "familiari",
          "famigliari",
          "genitori",
          "abitanti",
          "cittadini",
          "studenti",
          "attivisti",
          "esperti",
          "esperto",
          "medico",
          "medici",
          "dottore",
          "dottoressa",
          "agenti",
          "agente",
          "militari",
          "vigili",
          "pompieri",
          "responsabili",
          "responsabile",
          "titolare",
          "titolari",
          "proprietario",
          "proprietaria",
          "commessa",
          "commesso",
          "commessi",
          "cliente",
          "clienti",
          "donna",
          "donne",
          "uomo",
          "uomini",
          "ragazzo",
          "ragazza",
          "ragazzi",
          "ragazze",
          "ragazzino",
          "ragazzina",
          "bambino",
          "bambina",
          "signora",
          "signore",
          "anziano",
          "anziana",
          "giovane",
          "quattordicenne",
          "sacerdote",
          "parroco",
          "vescovo",
          "papa",
          "cardinale",
          "abate",
          "monsignore",
          "mons",
          "don",
          "suora",
          "re",
          "regina",
          "principe",
          "senatore",
          "senatrice",
          "deputato",
          "deputata",
          "onorevole",
          "assessore",
          "assessora",
          "consigliere",
          "consigliera",
          "governatore",
          "prefetto",
          "questore",
          "comandante",
          "generale",
          "colonnello",
          "capitano",
          "maresciallo",
          "allenatore",
          "tecnico",
          "giocatore",
          "giocatrice",
          "atleta",
          "capitani",
          "fonti",
          "fonte",
          "esponente",
          "esponenti",
          "vertici",
          "staff",
          "organizzatori",
          "autore",
          "autrice",
          "ex",
          "azzurra",
          "azzurro",
          "azzurre",
          "azzurri",
          "interessato",
          "interessata",
          "collega",
          "colleghi",
          "vice",
          "viceministro",
          "vicepresidente",
          "sottosegretario",
          "commissario",
          "manager",
          "addestratrice",
          "addestratore",
          "contributore",
          "utente",
          "utenti",
          "persona",
          "persone",
          "funzionario",
          "funzionari",
          "colleghe",
          "poliziotto",
          "poliziotta",
          "poliziotti",
          "soldato",
          "soldati",
          "parlamentare",
          "parlamentari",
          "pontefice",
          "reverendo",
          "sovrano",
          "sovrana",
          "cittadino",
          "cittadina",
          "fedeli",
          "vedova",
          "indagato",
          "indagati",
          "detenuto",
          "detenuti");

  /** Nouns of groups, bodies and the publications and documents that speak for them. */
  private static final Set<String> BODIES =
      Set.of(
          "governo",
          "ministero",
          "comune",
          "regione",
          "provincia",
          "azienda",
          "società",
          "associazione",
          "agenzia",
          "ong",
          "organizzazione",
          "partito",
          "movimento",
          "sindacato",
          "sindacati",
          "comitato",
          "consiglio",
          "corte",
          "tribunale",
          "procura",
          "polizia",
          "carabinieri",
          "questura",
          "prefettura",
          "autorità",
          "inquirenti",
          "investigatori",
          "esercito",
          "fondazione",
          "istituto",
          "università",
          "accademia",
          "compagnia",
          "ospedale",
          "ufficio",
          "dipartimento",
          "commissione",
          "assemblea",
          "parlamento",
          "senato",
          "camera",
          "vaticano",
          "santa",
          "sede",
          "chiesa",
          "diocesi",
          "federazione",
          "lega",
          "club",
          "squadra",
          "opposizione",
          "maggioranza",
          "coalizione",
          "gruppo",
          "divisione",
          "municipalità",
          "organo",
          "ente",
          "enti",
          "cremlino",
          "casa",
          "amministrazione",
          "direzione",
          "redazione",
          "ambasciata",
          "unione",
          "nazioni",
          "onu",
          "ue",
          "nato",
          // publications and documents that speak for someone
          "giornale",
          "quotidiano",
          "settimanale",
          "tabloid",
          "sito",
          "blog",
          "emittente",
          "rete",
          "televisione",
          "tv",
          "radio",
          "nota",
          "comunicato",
          "circolare",
          "lettera",
          "documento",
          "relazione",
          "rapporto",
          "studio",
          "ricerca",
          "sentenza",
          "registro",
          "dichiarazione",
          "accertamenti",
          "rilevamenti",
          "indagini",
          "indagine");

  /**
   * Nouns of people by kinship or by where they live or work, in the forms the list above lacks
   * ("il papà", "le sorelle", "il custode").
   */
  private static final Set<String> RELATIONS =
      Set.of(
          "papà",
          "mamma",
          "babbo",
          "padri",
          "madri",
          "figlie",
          "fratelli",
          "sorelle",
          "mogli",
          "mariti",
          "nonni",
          "nonne",
          "zii",
          "zie",
          "custode",
          "custodi",
          "portiere",
          "portinaia");

  /**
   * Stems of nouns of people in all four endings ("il vicino", "la vicina", "i vicini", "le
   * vicine"): kin and neighbours, and past participles that name the one a crime befell ("il
   * derubato", "la rapinata", "gli aggrediti"). Not stems whose forms also name things ("ferita",
   * "fermata").
   */
  private static final List<String> INFLECTED_STEMS =
      List.of(
          "vicin",
          "cugin",
          "cognat",
          "suocer",
          "fidanzat",
          "derubat",
          "rapinat",
          "scippat",
          "truffat",
          "aggredit",
          "arrestat",
          "ricoverat",
          "sopravvissut",
          "imputat",
          "indagat");

  /** Sources too vague to attribute words to ("c'è chi dice", "secondo alcuni"). */
  private static final Set<String> INDEFINITE =
      Set.of(
          "chi",
          "alcuni",
          "alcune",
          "molti",
          "molte",
          "qualcuno",
          "qualcuna",
          "taluni",
          "altri",
          "tanti",
          "tutti",
          "nessuno",
          "si",
          "uno");

  /** Whether {@code word}, lower-cased, is a noun of people or bodies. */
  static boolean isPeopleNoun(String word) {
    String w = ItalianReporting.lower(word);
    if (PEOPLE.contains(w) || BODIES.contains(w) || RELATIONS.contains(w)) {
      return true;
    }
    if (w.length() > 1
        && "oaie".indexOf(w.charAt(w.length() - 1)) >= 0
        && INFLECTED_STEMS.contains(w.substring(0, w.length() - 1))) {
      return true;
    }
    if (w.endsWith("enne") || w.endsWith("enni")) {
      return true; // "una 62enne", "il quattordicenne"
    }
    return w.length() > 5
        && (w.endsWith("ese") // "il camposantese"
            || w.endsWith("ista")
            || w.endsWith("isti")
            || w.endsWith("tore")
            || w.endsWith("tori")
            || w.endsWith("trice")
            || w.endsWith("enti")
            || w.endsWith("ente")
            || w.endsWith("ante")
            || w.endsWith("anti")
            || w.endsWith("iere")
            || w.endsWith("iera")
            || w.endsWith("ieri"));
  }

  /**
   * Whether {@code word}, lower-cased, is a noun of a group or body ("il governo", "i sindacati")
   * or a plural noun of people in "-i" ("fonti", "medici"), which no one person's name can stand
   * for.
   */
  static boolean isGroupNoun(String word) {
    String w = ItalianReporting.lower(word);
    return BODIES.contains(w) || w.endsWith("i") && isPeopleNoun(w);
  }

  /**
   * Nouns of what someone says or how they react to something, whose "di" complement is who speaks
   * ("le parole della figlia", "l'amarezza dei titolari", "la ricostruzione di un testimone").
   */
  private static final Set<String> REACTIONS =
      Set.of(
          "amarezza",
          "soddisfazione",
          "preoccupazione",
          "rabbia",
          "delusione",
          "sdegno",
          "indignazione",
          "stupore",
          "dolore",
          "ricostruzione",
          "versione",
          "opinione",
          "posizione",
          "accusa",
          "accuse",
          "denuncia",
          "invito",
          "richiesta",
          "voce",
          "dimissioni"); // given in words: "le dimissioni di X così motivate: «…»"

  /** Whether {@code word}, lower-cased, is a noun of speech or reaction ("parole", "amarezza"). */
  static boolean isReaction(String word) {
    String w = ItalianReporting.lower(word);
    return REACTIONS.contains(w) || ArticleWords.SPEECH_NOUNS.contains(w);
  }

  /**
   * "uno", "una", "altro" …: words before the head ("una delle residenti", "un altro residente").
   */
  static boolean isOneOf(String word) {
    return ONE_OF.contains(ItalianReporting.lower(word));
  }

  private static final Set<String> ONE_OF =
      Set.of("uno", "una", "altro", "altra", "altri", "altre", "stesso", "stessa", "due", "tre");

  /** Whether {@code word} names no one in particular ("chi", "alcuni"). */
  static boolean isIndefinite(String word) {
    return INDEFINITE.contains(ItalianReporting.lower(word));
  }

  /**
   * Documents that speak for whoever wrote or issued them: "nella relazione si legge che …", "La
   * risoluzione riporta che …", "Come recita l'ordinanza: «…»", "«…», recita un cartello".
   */
  private static final Set<String> DOCUMENTS =
      Set.of(
          "relazione",
          "circolare",
          "documento",
          "rapporto",
          "nota",
          "comunicato",
          "lettera",
          "sentenza",
          "ordinanza",
          "decreto",
          "delibera",
          "verbale",
          "dossier",
          "bollettino",
          "motivazioni",
          "testo",
          "risoluzione",
          "motivazione",
          "cartello");

  /** Whether {@code word}, lower-cased, is a noun of a document ({@link #DOCUMENTS}). */
  static boolean isDocument(String word) {
    return DOCUMENTS.contains(ItalianReporting.lower(word));
  }
}
