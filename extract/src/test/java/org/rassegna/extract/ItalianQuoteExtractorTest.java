package org.rassegna.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.EntityType;
import org.rassegna.model.Mention;
import org.rassegna.model.Quotation;
import org.rassegna.model.Span;
import org.rassegna.model.Speaker;

class ItalianQuoteExtractorTest {

  private static List<Quotation> quotes(String text, String... persons) {
    AnnotatedArticle a = LuceneAnnotator.italian().annotate(Article.of("t", text));
    List<Mention> mentions = new ArrayList<>();
    for (String p : persons) {
      int at = text.indexOf(p);
      mentions.add(new Mention(new Span(at, at + p.length()), p, EntityType.PER));
    }
    AnnotatedArticle withMentions =
        new AnnotatedArticle(
            a.article(), a.language(), a.sentences(), a.tokens(), mentions, List.of());
    return new ItalianQuoteExtractor().extract(withMentions);
  }

  private static String speaker(Quotation q) {
    return q.speakerIfKnown().map(Speaker::text).orElse("UNKNOWN");
  }

  @Test
  void speakerAfterTheQuotation() {
    List<Quotation> q = quotes("«Non ho nulla da dirvi su questo», ha detto il portavoce.");
    assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("il portavoce"));
    assertThat(q.get(0).text()).isEqualTo("Non ho nulla da dirvi su questo");
    assertThat(q.get(0).kind()).isEqualTo(Quotation.Kind.DIRECT);
  }

  @Test
  void aNounOfSpeechGluedToItsPrepositionNamesTheSpeaker() {
    List<Quotation> q =
        quotes(
            "«Continuiamo a ritenere che la misura sia sproporzionata»: questo il giudizio"
                + " dell'avvocato Sergio Rastrelli.",
            "Sergio Rastrelli");
    assertThat(q)
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).isEqualTo("avvocato Sergio Rastrelli"));
  }

  @Test
  void anElidedObjectPronounGluedToTheAuxiliary() {
    List<Quotation> q =
        quotes(
            "Non tutti sono d'accordo. Mario Rossi l'ha definita «una riforma senza anima»."
                + " Luisa Bianchi l'ha detto ieri: «La riforma va ritirata subito».",
            "Mario Rossi",
            "Luisa Bianchi");
    assertThat(q)
        .extracting(ItalianQuoteExtractorTest::speaker)
        .containsExactly("Mario Rossi", "Luisa Bianchi");
  }

  @Test
  void aCueAfterTheQuotationWithNoSubjectContinuesItsColonIntroduction() {
    List<Quotation> q =
        quotes(
            "Lo ha detto Luisa Bianchi. Soddisfatto della sentenza il presidente"
                + " dell'associazione, Mario Rossi: «Torno a chiedere una spiegazione convincente»,"
                + " ha dichiarato.",
            "Luisa Bianchi",
            "Mario Rossi");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).isEqualTo("Mario Rossi"));
  }

  @Test
  void secondoAfterTheQuotationNamesTheSpeaker() {
    List<Quotation> q =
        quotes(
            "Potrà tornare a casa con l'obbligo di firma, «una clausola che ha sempre rispettato»,"
                + " secondo la figlia.");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).isEqualTo("la figlia"));
  }

  @Test
  void wordsSomeoneIsCalledByAreTheirs() {
    List<Quotation> q =
        quotes(
            "Francesco De Gregori ha definito la scomparsa di Dalla \"una perdita gravissima\".",
            "Francesco De Gregori");
    assertThat(q)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.text()).isEqualTo("una perdita gravissima");
              assertThat(speaker(x)).isEqualTo("Francesco De Gregori");
            });
  }

  @Test
  void speakerBetweenDashesInsideTheQuotation() {
    List<Quotation> q =
        quotes("«I ladri hanno assaltato la porta - racconta il titolare - e sono fuggiti».");
    assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("il titolare"));
  }

  @Test
  void speakerBeforeTheQuotation() {
    List<Quotation> q =
        quotes("Il portavoce del Cremlino Dmitry Peskov ha detto: «Questo è impossibile».");
    assertThat(speaker(q.get(0))).isEqualTo("Il portavoce del Cremlino Dmitry Peskov");
  }

  @Test
  void anObjectAfterTheVerbIsNoSpeaker() {
    List<Quotation> q = quotes("Peskov ha sottolineato che la Russia non discuterà mai.");
    assertThat(q)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.kind()).isEqualTo(Quotation.Kind.INDIRECT);
              assertThat(x.text()).isEqualTo("la Russia non discuterà mai");
              assertThat(speaker(x)).isEqualTo("Peskov");
            });
  }

  @Test
  void anOmittedSubjectTakesTheLastNamedSpeaker() {
    List<Quotation> q =
        quotes(
            "Lo ha detto il ministro Rossi. Poi: «Le trattative avranno successo presto»,"
                + " ha aggiunto.");
    Quotation x = q.get(q.size() - 1);
    assertThat(speaker(x)).isEqualTo("il ministro Rossi");
    assertThat(x.speaker().basis()).isEqualTo(Speaker.Basis.ANTECEDENT);
  }

  @Test
  void aRelativePronounTakesTheClosestPersonNamed() {
    List<Quotation> q =
        quotes(
            "Trump ha sentito il presidente Zelensky, il quale ha scritto: «Abbiamo parlato a"
                + " lungo della pace».",
            "Trump",
            "Zelensky");
    assertThat(speaker(q.get(0))).isEqualTo("Zelensky");
  }

  @Test
  void noCueMeansUnknownNotAGuess() {
    List<Quotation> q = quotes("Il sindaco è arrivato.\n«Qui nessuno si sente al sicuro ormai».");
    assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isNull());
  }

  @Test
  void anImpersonalPassiveNamesNoOne() {
    List<Quotation> q =
        quotes("Il ministro ha parlato. Era stato riportato che il piano sarebbe cambiato.");
    assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isNull());
  }

  @Test
  void shortQuotedNamesAreNotQuotations() {
    assertThat(quotes("La pizzeria “Da Tommy” è stata saccheggiata dai ladri.")).isEmpty();
  }

  @Test
  void marksNamedAsATitleOrInAListOfTitlesAreNotQuotations() {
    assertThat(
            quotes(
                "Il ministro ha presentato un piano dal titolo “Una scuola per tutti i ragazzi e"
                    + " le ragazze del nostro paese”."))
        .isEmpty();
    assertThat(
            quotes(
                "Ha pubblicato “Tre divertimenti per orchestra” (1990), “Composizioni giocose per"
                    + " piano”, e “La televisione e noi” (1993)."))
        .isEmpty();
    assertThat(quotes("«Il piano è pronto», ha detto il ministro.")).hasSize(1);
  }

  @Test
  void aNounIsNotAReportingVerb() {
    assertThat(quotes("La denuncia che è arrivata ieri ha sorpreso tutti.")).isEmpty();
  }

  @Test
  void aQuotationWithNoCueTakesTheSubjectOfTheSentenceThatIntroducesIt() {
    assertThat(
            quotes(
                "Il negoziante, esasperato, ha chiamato la polizia. «Non possiamo andare avanti"
                    + " così ogni notte»."))
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).isEqualTo("Il negoziante"));
    assertThat(quotes("La cassiera derubata «Avevo tanta paura quella sera»."))
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).isEqualTo("La cassiera derubata"));
    assertThat(
            quotes(
                "Ha preso la parola anche il sindaco, Gian Carlo Muzzarelli. «Serve più"
                    + " controllo nei quartieri».",
                "Gian Carlo Muzzarelli"))
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).isEqualTo("Gian Carlo Muzzarelli"));
  }

  @Test
  void aNameAfterAPrepositionOrAnotherParagraphIntroducesNoSpeaker() {
    assertThat(
            quotes(
                "Le nipoti hanno scritto al sindaco Muzzarelli su Facebook. «Faremo denuncia"
                    + " alle autorità competenti».",
                "Muzzarelli"))
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).isEqualTo("Le nipoti"));
    assertThat(
            quotes(
                "Il negoziante ha chiamato la polizia.\n\n«Non possiamo andare avanti così"
                    + " ogni notte»."))
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).isEqualTo("UNKNOWN"));
  }

  @Test
  void aQuotationOpeningTheArticleIsSaidByWhoOpensTheNextSentence() {
    assertThat(
            quotes(
                "CARPI. «Ho fatto solo il mio dovere, niente di più» Mario Rossi ha 30 anni e"
                    + " fa il vigile.",
                "Mario Rossi"))
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).isEqualTo("Mario Rossi"));
    assertThat(quotes("CARPI. «Ho fatto solo il mio dovere, niente di più» Il vigile ha 30 anni."))
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).isEqualTo("UNKNOWN"));
  }

  @Test
  void aNameAndItsTeamInBracketsIntroduceTheQuotation() {
    List<Quotation> q =
        quotes(
            "Queste le dichiarazioni dei due allenatori Massimo Barbolini (ITA): «È stata una"
                + " partita molto dura». Avital Selinger (NED): «È stato un grande match».",
            "Massimo Barbolini",
            "Avital Selinger");
    assertThat(q)
        .extracting(ItalianQuoteExtractorTest::speaker)
        .containsExactly("Massimo Barbolini", "Avital Selinger");
  }

  @Test
  void secondoPastAnAppositionOrARelativeClause() {
    List<Quotation> q =
        quotes(
            "Secondo Ed Lucas, pubblico ministero nel processo, Pearce aveva un ruolo importante."
                + " Secondo questa ong, che opera a livello globale, il diboscamento è illegale.",
            "Ed Lucas");
    assertThat(q)
        .extracting(Quotation::text, ItalianQuoteExtractorTest::speaker)
        .containsExactly(
            tuple("Pearce aveva un ruolo importante", "Ed Lucas"),
            tuple("il diboscamento è illegale", "ong"));
  }

  @Test
  void aQuotationIntroducedOnlyByItsSourceAfterDaOrPer() {
    List<Quotation> q =
        quotes(
            "I prezzi sono scesi. Dalla relazione degli economisti: «Il costo della vita è più"
                + " basso di un sesto». Per Giulia Verdi, «nessuno se lo aspettava davvero».",
            "Giulia Verdi");
    assertThat(q)
        .extracting(ItalianQuoteExtractorTest::speaker)
        .containsExactly("relazione degli economisti", "Giulia Verdi");
  }

  @Test
  void aPrepositionalOpeningThatNamesNoSourceNamesNoSpeaker() {
    List<Quotation> q =
        quotes("I prezzi sono scesi. Per la prima volta, «il costo della vita è più basso».");
    assertThat(q).extracting(ItalianQuoteExtractorTest::speaker).containsExactly("UNKNOWN");
  }
}
