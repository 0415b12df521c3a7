package org.rassegna.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rassegna.extract.ItalianQuoteExtractorTest.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.model.Quotation;

/** Indirect reports, on sentences written for the rules ({@link IndirectSpeech}). */
class IndirectSpeechTest {

  private static List<Quotation> reports(String text, String... persons) {
    return quotes(text, persons).stream().filter(q -> q.kind() == Quotation.Kind.INDIRECT).toList();
  }

  @Test
  void aDirectiveVerbReportsItsComplement() {
    assertThat(
            reports(
                "Mario Rossi ha invitato la popolazione a restare in casa. Luisa Bianchi ha"
                    + " minacciato di lasciare il partito.",
                "Mario Rossi",
                "Luisa Bianchi"))
        .extracting(Quotation::text, ItalianQuoteExtractorTest::speaker)
        .containsExactly(
            tuple("restare in casa", "Mario Rossi"), tuple("lasciare il partito", "Luisa Bianchi"));
  }

  @Test
  void aDirectiveVerbWithNoSubjectInItsSentenceReportsNothing() {
    assertThat(
            reports(
                "Mario Rossi ha telefonato al ministro. Poi ha lasciato un messaggio, pregando il"
                    + " ministro di richiamarlo.",
                "Mario Rossi"))
        .isEmpty();
  }

  @Test
  void anAdverbOfMannerInsideTheVerbGroup() {
    assertThat(
            reports(
                "Mario Rossi ha espressamente negato di aver firmato il contratto.", "Mario Rossi"))
        .extracting(Quotation::text, ItalianQuoteExtractorTest::speaker)
        .containsExactly(tuple("aver firmato il contratto", "Mario Rossi"));
  }

  @Test
  void aDirectiveVerbFramesNoQuotationAndTheNounAfterItIsNoSpeaker() {
    List<Quotation> q =
        quotes(
            "Luisa Bianchi ha parlato a lungo e propone un ritorno al passato. «Non si torna"
                + " indietro».",
            "Luisa Bianchi");
    assertThat(q).noneMatch(x -> ItalianQuoteExtractorTest.speaker(x).contains("ritorno"));
  }

  @Test
  void comeAndAnIndirectQuestionOpenTheComplement() {
    assertThat(
            reports(
                "Mario Rossi ha sottolineato come la riforma sia necessaria. Luisa Bianchi chiede"
                    + " se la riforma verrà approvata.",
                "Mario Rossi",
                "Luisa Bianchi"))
        .extracting(Quotation::text)
        .containsExactly("la riforma sia necessaria", "la riforma verrà approvata");
  }

  @Test
  void cheAfterTheVerbsObjectOpensARelativeClause() {
    assertThat(
            reports(
                "Mario Rossi ha annunciato un piano che prevede nuove assunzioni.", "Mario Rossi"))
        .isEmpty();
    assertThat(
            reports(
                "Mario Rossi ha informato il sindaco che le scuole resteranno chiuse.",
                "Mario Rossi"))
        .extracting(Quotation::text)
        .containsExactly("le scuole resteranno chiuse");
  }

  @Test
  void aParticipleWithNoAuxiliaryDoesNotEndTheClause() {
    assertThat(
            reports(
                "Secondo Mario Rossi, il disboscamento, già denunciato da altri, sta mettendo a"
                    + " rischio la foresta.",
                "Mario Rossi"))
        .extracting(Quotation::text)
        .containsExactly(
            "il disboscamento, già denunciato da altri, sta mettendo a rischio la foresta");
  }

  @Test
  void otherCuesOfAccordingTo() {
    assertThat(
            reports(
                "Per il premier, la riforma va approvata entro l'anno. A detta di Mario Rossi, i"
                    + " conti sono in ordine. Come riportato da Luisa Bianchi, il bilancio è in"
                    + " attivo. La crisi, stando a Mario Rossi, è finita.",
                "Mario Rossi",
                "Luisa Bianchi"))
        .extracting(Quotation::text, ItalianQuoteExtractorTest::speaker)
        .containsExactly(
            tuple("la riforma va approvata entro l'anno", "il premier"),
            tuple("i conti sono in ordine", "Mario Rossi"),
            tuple("il bilancio è in attivo", "Luisa Bianchi"),
            tuple("La crisi, stando a Mario Rossi, è finita", "Mario Rossi"));
  }

  @Test
  void perBeforeACauseIsNoSource() {
    assertThat(
            reports(
                "Per la morte di Mario Rossi, il sindaco ha proclamato il lutto cittadino.",
                "Mario Rossi"))
        .isEmpty();
  }

  @Test
  void whomTheVerbAddressesIsNotItsSpeaker() {
    assertThat(
            reports(
                "Mario Rossi è arrivato. Ha poi informato Luisa Bianchi che il contratto è"
                    + " scaduto.",
                "Mario Rossi",
                "Luisa Bianchi"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.text()).isEqualTo("il contratto è scaduto");
              assertThat(ItalianQuoteExtractorTest.speaker(x)).isNotEqualTo("Luisa Bianchi");
            });
  }

  @Test
  void aCommaBeforeComeOpensAnAsideNotAComplement() {
    assertThat(
            reports(
                "Mario Rossi ha invitato, come ha riferito Luisa Bianchi, «a votare per chi"
                    + " difende le famiglie».",
                "Mario Rossi",
                "Luisa Bianchi"))
        .extracting(Quotation::text, ItalianQuoteExtractorTest::speaker)
        .containsExactly(tuple("votare per chi difende le famiglie»", "Mario Rossi"));
  }

  @Test
  void aReportGoesOnToTheEndOfTheQuotationItOpens() {
    assertThat(
            reports(
                "Mario Rossi ha precisato che «la riforma deve proseguire. Il governo non si"
                    + " ferma». Poi è partito.",
                "Mario Rossi"))
        .extracting(Quotation::text, ItalianQuoteExtractorTest::speaker)
        .containsExactly(
            tuple("la riforma deve proseguire. Il governo non si ferma»", "Mario Rossi"));
  }

  @Test
  void speechWithNoMarksAfterAColonIsReportedUntilTheNarratorSpeaksAgain() {
    assertThat(
            reports(
                "Mario Rossi è salito sul palco e ha detto ai presenti: non mi dimetto. Resterò qui"
                    + " fino alla fine. Luisa Bianchi ha lasciato la sala.",
                "Mario Rossi",
                "Luisa Bianchi"))
        .extracting(Quotation::text, ItalianQuoteExtractorTest::speaker)
        .containsExactly(tuple("non mi dimetto. Resterò qui fino alla fine", "Mario Rossi"));
    assertThat(reports("Mario Rossi ha detto ai presenti: «Non mi dimetto».", "Mario Rossi"))
        .isEmpty();
  }

  @Test
  void aCueEndingTheSentenceReportsTheWordsBeforeIt() {
    assertThat(
            reports(
                "Il ricovero non è previsto, come ha precisato il medico Mario Rossi. Luisa Bianchi"
                    + " ha vinto la gara, dice Mario Rossi al quotidiano.",
                "Mario Rossi",
                "Luisa Bianchi"))
        .extracting(Quotation::text, ItalianQuoteExtractorTest::speaker)
        .containsExactly(
            tuple("Il ricovero non è previsto", "Mario Rossi"),
            tuple("Luisa Bianchi ha vinto la gara", "Mario Rossi"));
    assertThat(reports("«Il ricovero non è previsto», ha precisato Mario Rossi.", "Mario Rossi"))
        .isEmpty();
  }

  @Test
  void aGerundFrameEndsTheClauseBeforeIt() {
    assertThat(
            reports(
                "Mario Rossi ha confermato che si tratta di un errore, aggiungendo che sarà"
                    + " corretto.",
                "Mario Rossi"))
        .extracting(Quotation::text)
        .containsExactly("si tratta di un errore", "sarà corretto");
  }

  @Test
  void secondoWithAPronounOrCuiOrTestimonies() {
    assertThat(
            reports(
                "I vicini hanno parlato con la polizia. Secondo loro, la lite era cominciata la sera"
                    + " prima. La versione del sindaco è stata smentita da Mario Rossi, secondo cui"
                    + " il cantiere era chiuso. Secondo le testimonianze, l'auto correva.",
                "Mario Rossi"))
        .extracting(Quotation::text, ItalianQuoteExtractorTest::speaker)
        .containsExactly(
            tuple("la lite era cominciata la sera prima", "UNKNOWN"),
            tuple("il cantiere era chiuso", "Mario Rossi"),
            tuple("l'auto correva", "le testimonianze"));
  }

  @Test
  void aRelativeAsideOfAnotherSourceEndsTheClause() {
    assertThat(
            reports(
                "Mario Rossi ha chiesto di conoscere la causa del guasto, che secondo la polizia"
                    + " sarebbe stato un incendio.",
                "Mario Rossi"))
        .extracting(Quotation::text, ItalianQuoteExtractorTest::speaker)
        .containsExactly(
            tuple("conoscere la causa del guasto", "Mario Rossi"),
            tuple("che secondo la polizia sarebbe stato un incendio", "la polizia"));
  }

  @Test
  void secondoIlQualeStandsForThePhraseRightBeforeIt() {
    assertThat(
            reports(
                "Mario Rossi ha parlato a lungo. Contro la riforma si è espresso anche il comitato"
                    + " per i diritti delle minoranze, secondo il quale la legge va ritirata.",
                "Mario Rossi"))
        .extracting(Quotation::text, ItalianQuoteExtractorTest::speaker)
        .containsExactly(tuple("la legge va ritirata", "UNKNOWN"));
  }

  @Test
  void siLeggeReadsInTheTextItsSentenceNames() {
    assertThat(
            reports(
                "La Corte ha pubblicato la sentenza. Nell'opinione di minoranza, firmata da Mario"
                    + " Rossi, si legge che la legge è contraria alla Costituzione.",
                "Mario Rossi"))
        .extracting(Quotation::text, ItalianQuoteExtractorTest::speaker)
        .containsExactly(tuple("la legge è contraria alla Costituzione", "opinione"));
  }

  @Test
  void secondoLoStessoAndTheAsideSayingWhoRelaysIt() {
    assertThat(
            reports(
                "Il sindaco Mario Rossi ha parlato ieri. Secondo lo stesso sindaco, come riportato"
                    + " dal sito del comune, sembra che la festa sarà rinviata.",
                "Mario Rossi"))
        .extracting(Quotation::text, ItalianQuoteExtractorTest::speaker)
        .containsExactly(tuple("sembra che la festa sarà rinviata", "Mario Rossi"));
  }

  @Test
  void aRoleFollowedByComeAndANameIsThatName() {
    assertThat(
            reports(
                "La crisi è lunga. Appare difficile, come affermato da un esponente del governo"
                    + " come Mario Rossi, che la riforma passi entro l'estate.",
                "Mario Rossi"))
        .extracting(ItalianQuoteExtractorTest::speaker)
        .containsExactly("Mario Rossi");
  }

  @Test
  void secondoXThenACommaAndAQuotationMark() {
    assertThat(
            reports(
                "Mario Rossi ha parlato ieri. Secondo il ministro, \"gli investimenti torneranno"
                    + " presto\".",
                "Mario Rossi"))
        .extracting(ItalianQuoteExtractorTest::speaker)
        .containsExactly("il ministro");
  }

  @Test
  void secondoANounOfSpeechNamesWhoseSpeechItIs() {
    assertThat(
            reports(
                "Gli ostaggi sono tornati a casa. Secondo il racconto dei quattro, i rapitori erano"
                    + " divisi. Secondo le dichiarazioni del ministero, la frontiera resterà chiusa."
                    + " Secondo alcuni documenti, il piano era pronto da mesi."))
        .extracting(Quotation::text, ItalianQuoteExtractorTest::speaker)
        .containsExactly(
            tuple("i rapitori erano divisi", "UNKNOWN"),
            tuple("la frontiera resterà chiusa", "ministero"),
            tuple("il piano era pronto da mesi", "alcuni documenti"));
  }

  @Test
  void secondoQuantoAndAParticipleWithItsAgent() {
    assertThat(
            reports(
                "Secondo quanto riportato da Mario Rossi, la sparatoria è iniziata all'alba. A"
                    + " seguito di quanto detto da Mario Rossi, i ministri hanno protestato.",
                "Mario Rossi"))
        .extracting(Quotation::text, ItalianQuoteExtractorTest::speaker)
        .containsExactly(tuple("la sparatoria è iniziata all'alba", "Mario Rossi"));
  }

  @Test
  void aTitleInMarksDoesNotEndTheClause() {
    assertThat(
            reports(
                "Mario Rossi annuncia che sarà presentato un dossier dal titolo «Chi mangia il"
                    + " pesce» volto a dimostrare la crisi della pesca.",
                "Mario Rossi"))
        .extracting(Quotation::text)
        .containsExactly(
            "sarà presentato un dossier dal titolo «Chi mangia il pesce» volto a dimostrare la"
                + " crisi della pesca");
  }
}
