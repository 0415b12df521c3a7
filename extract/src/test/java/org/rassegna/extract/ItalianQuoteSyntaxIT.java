package org.rassegna.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.Annotator;
import org.rassegna.annotate.corenlp.CoreNlpItalianAnnotator;
import org.rassegna.annotate.corenlp.ItalianModels;
import org.rassegna.annotate.time.TimeTagger;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Quotation;
import org.rassegna.model.Span;
import org.rassegna.model.Speaker;

/**
 * Speakers the dependency parse gives (CoreNLP's Italian models: slow to load, hence an IT), on
 * sentences written for this test.
 */
class ItalianQuoteSyntaxIT {

  private static Annotator annotator;

  @BeforeAll
  static void load() {
    annotator = new CoreNlpItalianAnnotator(ItalianModels.shared(), TimeTagger.NONE);
  }

  private static List<Quotation> quotes(String text) {
    return new ItalianQuoteExtractor().extract(annotator.annotate(Article.of("t", text)));
  }

  private static String speaker(Quotation q) {
    return q.speakerIfKnown().map(Speaker::text).orElse("UNKNOWN");
  }

  @Test
  void aCoordinatedReportingVerbTakesTheFirstVerbsSubject() {
    List<Quotation> q =
        quotes(
            "Un gruppo di pescatori ha subito dato la colpa alla crisi e ha accusato il governo"
                + " di non essersi interessato del porto. I sindacati hanno manifestato a Roma e"
                + " hanno chiesto al governo di ritirare la riforma.");
    assertThat(q)
        .extracting(ItalianQuoteSyntaxIT::speaker)
        .containsExactly("Un gruppo di pescatori", "I sindacati");
  }

  @Test
  void aGerundSharesTheSubjectOfTheClauseItQualifies() {
    List<Quotation> q =
        quotes(
            "Il consiglio comunale si è riunito ieri. Il sindaco di Verona ha respinto le critiche"
                + " dell'opposizione, definendo la protesta «una manovra elettorale senza alcun"
                + " fondamento».");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).isEqualTo("Il sindaco di Verona"));
  }

  @Test
  void withTheseWordsTheSubjectOfTheClauseSpeaks() {
    List<Quotation> q =
        quotes(
            "«Lascio il mio incarico per il bene del paese». Con queste parole si è dimesso ieri"
                + " il presidente della regione Mario Verdi.");
    assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).contains("Mario Verdi"));
  }

  @Test
  void whatAVerbOfNamingNamesIsNoSpeaker() {
    List<Quotation> q =
        quotes(
            "Il consiglio si è riunito ieri. Il ministro degli Esteri in una conferenza stampa ha"
                + " definito la proposta del governo «un passo nella direzione giusta».");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).startsWith("Il ministro degli Esteri"));
  }

  @Test
  void theAgentOfANounOfSpeechAfterTheQuotation() {
    List<Quotation> q =
        quotes(
            "La crisi continua. «Non lascerò il partito nelle mani di chi lo ha distrutto» sono"
                + " le parole pronunciate da Mario Bianchi durante il congresso.");
    assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("Mario Bianchi"));
  }

  @Test
  void theSubjectOfAPassiveIsNoSpeaker() {
    List<Quotation> q =
        quotes(
            "Il giudice ha letto la sentenza. Giovanni Neri è stato assolto dall'accusa perché"
                + " «il fatto non costituisce reato».");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).isNotEqualTo("Giovanni Neri"));
  }

  @Test
  void theLastSpeakerDoesNotCarryOverPastAMainClauseWithItsOwnSubject() {
    List<Quotation> q =
        quotes(
            "«Non cederemo alle pressioni di nessuno», ha detto Mario Rossi. L'Associazione dei"
                + " commercianti di Verona ha criticato la decisione e ha fatto presente come «la"
                + " crisi colpisce tutti i negozi del centro».");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .extracting(ItalianQuoteSyntaxIT::speaker)
        .hasSize(2)
        .first()
        .isEqualTo("Mario Rossi");
    assertThat(speaker(q.get(q.size() - 1))).isNotEqualTo("Mario Rossi");
  }

  @Test
  void anAsideComeHaRiferitoNamesWhoRelaysNotWhoSpeaks() {
    List<Quotation> q =
        quotes(
            "Dopo l'alluvione il sindaco Paolo Verdi ha invitato, come ha riferito l'agenzia"
                + " Ansa, «a restare in casa fino a domani mattina e a non usare l'automobile».");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).contains("Paolo Verdi"));
  }

  @Test
  void anOmittedSubjectDoesNotSkipASentenceThatOpensWithSomeoneElse() {
    List<Quotation> q =
        quotes(
            "«Non ci sono prove contro di lui», ha detto Luca Neri. Sia Marco Gialli che Anna"
                + " Rossi hanno criticato duramente la sentenza del tribunale. Ha poi dichiarato:"
                + " «Faremo ricorso in appello entro un mese».");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .extracting(ItalianQuoteSyntaxIT::speaker)
        .hasSize(2)
        .first()
        .isEqualTo("Luca Neri");
    assertThat(speaker(q.get(q.size() - 1))).isNotEqualTo("Luca Neri");
  }

  @Test
  void aHeadNamingNoOneIsNoSpeakerThoughABodyFollowsIt() {
    List<Quotation> q =
        quotes(
            "La sovrana è uscita sul balcone davanti alla folla vestita di rosso, il colore"
                + " ufficiale della Casa Reale: «Oggi lascio il posto a una nuova generazione».");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).doesNotContain("colore"));
  }

  @Test
  void aPrepositionIsNoSpeakerWhateverItsEnding() {
    List<Quotation> q =
        quotes(
            "Il direttore della società, Marco Bellini, ha annunciato ieri durante una riunione"
                + " che lascerà l'incarico alla fine di settembre.");
    assertThat(q).isNotEmpty().allSatisfy(x -> assertThat(speaker(x)).isNotEqualTo("durante"));
  }

  @Test
  void aNounOfPeopleAfterAnAbstractHeadDoesNotSpeakForIt() {
    List<Quotation> q =
        quotes(
            "«Il provvedimento è giusto e proporzionato», ha detto il direttore Mario Masi. Le"
                + " responsabilità del conduttore sono «soltanto di ordine disciplinare», ha"
                + " concluso.");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .extracting(ItalianQuoteSyntaxIT::speaker)
        .hasSize(2)
        .allSatisfy(x -> assertThat(x).doesNotContain("responsabilità"));
  }

  @Test
  void aBodyAsTheSentencesOwnSubjectSpeaksNotTheLastSpeaker() {
    List<Quotation> q =
        quotes(
            "«La riforma va approvata subito», ha detto Mario Rossi. I sindacati hanno indetto"
                + " uno sciopero di quattro ore, lamentando la «mancanza di misure di sostegno"
                + " varate dal governo».");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .extracting(ItalianQuoteSyntaxIT::speaker)
        .containsExactly("Mario Rossi", "I sindacati");
  }

  @Test
  void theClosestNameInADiComplementIsNoOmittedSubject() {
    List<Quotation> q =
        quotes(
            "Dopo la strage, il deputato ha incontrato il marito di Anna Neri. Ha poi scritto:"
                + " «Servono subito leggi più severe sulle armi da fuoco».");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).isNotEqualTo("Anna Neri"));
  }

  @Test
  void secondoWithNoCommaEndsWhereTheParseEndsItsNounPhrase() {
    List<Quotation> q =
        quotes(
            "L'indagato resta in carcere. Secondo il magistrato sussistono ancora i pericoli di"
                + " fuga dell'indagato.");
    assertThat(q)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.kind()).isEqualTo(Quotation.Kind.INDIRECT);
              assertThat(x.text()).isEqualTo("sussistono ancora i pericoli di fuga dell'indagato");
              assertThat(speaker(x)).isEqualTo("il magistrato");
            });
  }

  @Test
  void aQuotationWithNoCueContinuesTheSubjectOfTheSentencesBeforeIt() {
    List<Quotation> q =
        quotes(
            "Mario Bianchi, sindaco di Lucca da dieci anni, non perde l'occasione di attaccare la"
                + " giunta regionale. Dal palco della festa non risparmia le critiche. «La città"
                + " merita di più e lo sanno tutti».");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).isEqualTo("Mario Bianchi"));
  }

  @Test
  void anotherSubjectInBetweenStopsTheSearchForTheSpeaker() {
    List<Quotation> q =
        quotes(
            "Mario Bianchi ha lasciato la sala del consiglio. La risoluzione è passata con"
                + " trenta voti a favore. «Un giorno storico per tutta la città di Lucca».");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).isEqualTo("UNKNOWN"));
  }

  @Test
  void anAdjectiveAfterTheVerbDescribesTheSpeakerAndIsNoSpeaker() {
    List<Quotation> q =
        quotes(
            "Il sindaco Mario Rossi ha parlato a lungo della nuova piscina. «Vinceremo anche"
                + " questa volta», aveva detto sorridente ai suoi assessori.");
    assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("Mario Rossi"));
  }

  @Test
  void aGerundSharesTheSubjectOfTheVerbItDependsOn() {
    List<Quotation> q =
        quotes(
            "Il sindacalista Marco Rossi aveva annunciato di voler scioperare per tre giorni."
                + " Tuttavia il viceministro aveva immediatamente e categoricamente smentito questa"
                + " ipotesi, ricordando che gli orari erano stati decisi dal Comando generale della"
                + " polizia.");
    assertThat(q)
        .extracting(ItalianQuoteSyntaxIT::speaker)
        .containsExactly("Marco Rossi", "il viceministro");
  }

  @Test
  void aPrepositionalPhraseParsedAsTheSubjectIsNoSpeaker() {
    List<Quotation> q =
        quotes(
            "Nella lettera inviata dall'ex presidente del partito al segretario, Mario Rossi"
                + " evidenzia il proprio allarme e dice anche di non essersi dimesso per rancore.");
    assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("Mario Rossi"));
    q =
        quotes(
            "Il pugile Luca Verdi ha perso l'incontro di sabato. Alla emittente locale, con la"
                + " quale ha un contratto in esclusiva, ha dichiarato che l'avversario è un"
                + " codardo.");
    assertThat(q)
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).isIn("UNKNOWN", "Il pugile Luca Verdi"));
  }

  @Test
  void theAuthorOfADocumentOneReadsInSpeaks() {
    List<Quotation> q =
        quotes(
            "Il ministro Luca Bianchi ha commentato la decisione della Corte. «La legge protegge"
                + " la libertà di ogni cittadino - si legge in un comunicato diramato dalla Corte"
                + " d'appello - e nessuno può limitarla».");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).isEqualTo("Corte d'appello"));
  }

  @Test
  void aNameInAComplementIsNoOmittedSubject() {
    List<Quotation> elided =
        quotes(
            "Il ministro della Difesa Luca Bianchi, appresa la notizia della scomparsa"
                + " dell'ammiraglio Mario Rossi, ha inviato al presidente dell'associazione un"
                + " telegramma, nel quale ha manifestato il suo cordoglio per la scomparsa"
                + " dell'ammiraglio Rossi ed ha dichiarato che la Marina perde una figura di"
                + " riferimento.");
    assertThat(elided)
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).isIn("UNKNOWN", "Luca Bianchi"));
    List<Quotation> apposition =
        quotes(
            "I tifosi hanno sfilato in corteo con cori contro il ministro dell'Interno, Mario"
                + " Rossi, e contro la decisione del governo, ricordando che la misura era stata"
                + " presa dopo gli scontri dell'anno scorso.");
    assertThat(apposition)
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).isIn("UNKNOWN", "I tifosi"));
  }

  @Test
  void aSubjectNamingSomeoneOnlyInTheComplementOfAnotherNounIsNoSpeaker() {
    List<Quotation> q =
        quotes(
            "Il segretario ha difeso a lungo la sua linea politica. La linea del Partito"
                + " Democratico è l'unica possibile per evitare «una diaspora difficilmente"
                + " conciliabile con i nostri valori» nella sinistra italiana.");
    assertThat(q)
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).isIn("UNKNOWN", "Il segretario"));
  }

  @Test
  void aPersonNamedBeforeAColonTakesTheFloorFromTheLastSpeaker() {
    List<Quotation> q =
        quotes(
            "«I conti del comune sono in ordine», ha detto Marco Ferri. Ha poi preso la parola"
                + " Giovanni Bianchi: dopo i saluti al pubblico, ha esordito con una battuta: «C'è"
                + " un solo sindaco in questa città e sono io».");
    assertThat(q)
        .extracting(ItalianQuoteSyntaxIT::speaker)
        .containsExactly("Marco Ferri", "Giovanni Bianchi");
  }

  @Test
  void theNameRightBeforeTheVerbOfAColonClauseSpeaksWhereTheParseMissesIt() {
    List<Quotation> q =
        quotes(
            "A proposito delle polemiche sul suo rapporto con il segretario del partito, Marco"
                + " Neri, Paolo Verdi ha stemperato sull'accaduto: «Con Marco Neri la pace è"
                + " fatta».");
    assertThat(q).extracting(ItalianQuoteSyntaxIT::speaker).containsExactly("Paolo Verdi");
  }

  @Test
  void theObjectOfAVerbOfActionIsNoOmittedSubject() {
    List<Quotation> q =
        quotes(
            "Giovanni Rossi, già liquidatore della società, ha ringraziato Marta Bianchi per la"
                + " fiducia accordata, sostenendo la volontà di \"dare alla città di Verona il"
                + " servizio che merita\".");
    assertThat(q).extracting(ItalianQuoteSyntaxIT::speaker).doesNotContain("Marta Bianchi");
  }

  @Test
  void someoneNewIntroducedInBetweenStopsTheCarryOver() {
    List<Quotation> q =
        quotes(
            "Le autorità accademiche hanno immediatamente intimato agli studenti di non"
                + " abbandonare le aule. Tre ore più tardi un altro uomo è giunto nella zona della"
                + " facoltà di ingegneria e ha cominciato a girare armato nelle aule. Gridava di"
                + " cercare la propria fidanzata.");
    assertThat(q)
        .extracting(ItalianQuoteSyntaxIT::speaker)
        .containsExactly("Le autorità accademiche", "UNKNOWN");
  }

  @Test
  void aSubjectNamingNoOneInParticularIsNoAntecedent() {
    List<Quotation> q =
        quotes(
            "L'assessore Mario Rossi ha annunciato di voler riformare gli uffici della sanità. Se"
                + " si tenta di contattare la segreteria della presidenza, chi risponde, senza"
                + " qualificarsi, dice che non sono ancora pronti a fissare appuntamenti.");
    assertThat(q)
        .extracting(ItalianQuoteSyntaxIT::speaker)
        .containsExactly("Mario Rossi", "UNKNOWN");
  }

  @Test
  void aSpeakerIsANounPhraseWithoutTheConnectivesAndTheClauseAroundIt() {
    List<Quotation> q =
        quotes(
            "Il sindaco ha parlato a lungo in consiglio, mentre Mario Bianchi ha detto: «Non"
                + " firmeremo mai questo accordo con la Regione». «Non potrò partecipare ai"
                + " prossimi tornei della stagione», fa sapere la tennista attraverso il suo sito"
                + " ufficiale. Il governo dal canto suo ha promesso che ridurrà le tasse entro"
                + " l'anno. Il senatore a vita ha confermato che non si candiderà alle elezioni.");
    assertThat(q)
        .extracting(ItalianQuoteSyntaxIT::speaker)
        .containsExactly("Mario Bianchi", "la tennista", "Il governo", "Il senatore a vita");
  }

  @Test
  void aHeadingAboveTheSentenceIsNoPartOfItsSpeaker() {
    List<Quotation> q =
        quotes(
            "Le reazioni\n\nAl traguardo Marco Rossi ha dichiarato: «È stata una corsa durissima"
                + " fino alla fine».");
    assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("Marco Rossi"));
  }

  @Test
  void aNameAfterATitlesComplementIsTheNameNotTheComplement() {
    List<Quotation> q =
        quotes(
            "Secondo il ministro dell'Interno Roberto Maroni, la polizia serba non avrebbe"
                + " fornito alcuna informazione.");
    assertThat(q)
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).isEqualTo("Roberto Maroni"));
  }

  @Test
  void aNounOfSpeechPointsAtWhoSpokeInItsDiComplement() {
    List<Quotation> q =
        quotes(
            "La donna è tornata in Italia. «Il patto è sempre stato rispettato», secondo le"
                + " parole della figlia. Secondo la ricostruzione di un testimone, gli agenti hanno"
                + " preso la vittima per il collo. Il Corriere pubblica un'altra dichiarazione"
                + " della cantante: «Ci sono così tanti sentimenti contrastanti in questo"
                + " momento».");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .extracting(ItalianQuoteSyntaxIT::speaker)
        .containsExactly("figlia", "cantante");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.INDIRECT)
        .extracting(ItalianQuoteSyntaxIT::speaker)
        .contains("un testimone");
  }

  @Test
  void aSpeakerTextOpeningWithAConnectiveOrHoldingAClauseIsNotClean() {
    String text = "Ieri sera, mentre Mario Bianchi ha detto «Non firmeremo mai questo accordo».";
    AnnotatedArticle a = annotator.annotate(Article.of("t", text));
    Span quote = new Span(text.indexOf("Non"), text.indexOf("»."));
    int name = text.indexOf("Mario");
    int verb = text.indexOf(" ha detto");
    assertThat(SpeakerPhrases.unclean(a, List.of(said(text, quote, name, verb))))
        .isZero(); // "Mario Bianchi"
    assertThat(SpeakerPhrases.unclean(a, List.of(said(text, quote, text.indexOf("mentre"), verb))))
        .isOne(); // "mentre Mario Bianchi"
    assertThat(SpeakerPhrases.unclean(a, List.of(said(text, quote, name, text.indexOf(" «")))))
        .isOne(); // "Mario Bianchi ha detto"
  }

  private static Quotation said(String text, Span quote, int from, int to) {
    Span who = new Span(from, to);
    return new Quotation(
        "t",
        quote,
        quote.of(text),
        Quotation.Kind.DIRECT,
        null,
        new Speaker(who, who.of(text), Speaker.Basis.CUE));
  }

  @Test
  void wordsBeforeTheCueThatNameNoOneLeaveTheSubjectToTheParse() {
    List<Quotation> q =
        quotes(
            "Non è mancato il commento del sindaco Mario Verdi, che nel suo consueto"
                + " messaggio della domenica ha detto: «La città saprà rialzarsi anche questa"
                + " volta».");
    assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("Mario Verdi"));
  }

  @Test
  void aRelativeWithAnObjectCliticIsWhoNames() {
    List<Quotation> q =
        quotes(
            "Il cordoglio per la scomparsa dell'allenatore è stato espresso anche dall'ex"
                + " capitano Mario Verdi, che lo ha definito «un maestro di vita e di sport».");
    assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("Mario Verdi"));
  }

  @Test
  void withTheseWordsTheSubjectOutsideTheQuotationSpeaks() {
    List<Quotation> q =
        quotes(
            "Mario Verdi sarà sentito dal giudice lunedì\n\n\"Sono estraneo a tutto: queste"
                + " accuse non hanno alcun fondamento \": con queste parole, Mario Verdi ha"
                + " respinto le accuse davanti ai suoi avvocati, dopo il fermo.");
    assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("Mario Verdi"));
  }

  @Test
  void theAgentOfANounOfSpeechBeforeTheColonSpeaks() {
    List<Quotation> q =
        quotes(
            "Parole di distensione arrivano invece da Atene, dopo le affermazioni fatte"
                + " stamattina dal ministro greco Nikos Papadakis: «il dialogo con Ankara è ancora"
                + " possibile».");
    assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).contains("Papadakis"));
  }

  @Test
  void aSpeakersComplementCutFromItsNameGivesTheName() {
    List<Quotation> q =
        quotes(
            "Sono intervenuti alla fine il Prof. Bianchi del dipartimento di Fisica, che ha"
                + " spiegato che i laboratori verrebbero chiusi e che non sono previsti spazi per lo"
                + " studio.");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.INDIRECT)
        .extracting(ItalianQuoteSyntaxIT::speaker)
        .containsExactly("Bianchi");
  }

  @Test
  void aSubjectOpeningTheSentenceBeforeAnAsideIsTheSpeaker() {
    List<Quotation> q =
        quotes(
            "Marco Bianchi, avvicinato per telefono subito dopo la puntata dal conduttore del"
                + " programma, Mario Rossi, si è ovviamente detto dispiaciuto dell'accaduto ma di"
                + " ritenere che la trasmissione non abbia colpe.");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.INDIRECT)
        .extracting(ItalianQuoteSyntaxIT::speaker)
        .containsExactly("Marco Bianchi");
  }

  @Test
  void aSubjectInsideAnEarlierComplementSpeaksForNoOtherVerb() {
    List<Quotation> q =
        quotes(
            "Il governo ha discusso la missione. Rossi ha ipotizzato che l'Italia possa"
                + " partecipare con un contingente di 2000 - 3500 uomini, e ha rassicurato che non"
                + " verranno introdotte nuove tasse per finanziare la missione.");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.INDIRECT)
        .extracting(ItalianQuoteSyntaxIT::speaker)
        .containsExactly("UNKNOWN");
  }
}
