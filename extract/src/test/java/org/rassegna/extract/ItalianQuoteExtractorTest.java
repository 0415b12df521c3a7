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
import org.rassegna.model.Token;

class ItalianQuoteExtractorTest {

  static List<Quotation> quotes(String text, String... persons) {
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

  /** As {@link #quotes}, with the listed words tagged verbs and every other word tagged. */
  private static List<Quotation> quotesTagged(String text, List<String> verbs, String... persons) {
    AnnotatedArticle a = LuceneAnnotator.italian().annotate(Article.of("t", text));
    List<Token> tagged =
        a.tokens().stream()
            .map(
                t ->
                    new Token(
                        t.span(),
                        t.text(),
                        t.norm(),
                        verbs.contains(t.text()) ? "VERB" : "X",
                        t.stop()))
            .toList();
    List<Mention> mentions = new ArrayList<>();
    for (String p : persons) {
      int at = text.indexOf(p);
      mentions.add(new Mention(new Span(at, at + p.length()), p, EntityType.PER));
    }
    return new ItalianQuoteExtractor()
        .extract(
            new AnnotatedArticle(
                a.article(), a.language(), a.sentences(), tagged, mentions, List.of()));
  }

  static String speaker(Quotation q) {
    return q.speakerIfKnown().map(Speaker::text).orElse("UNKNOWN");
  }

  @Test
  void aVerbOpeningASentenceNamesNoOne() {
    String text =
        "Il cantante ha risposto sulla sua pagina: «Chi dice che ho un partito non mi conosce»,"
            + " aggiungendo poi: «Continuerò ad avere fiducia nelle persone».";
    List<Quotation> q =
        quotesTagged(
            text, List.of("ha", "risposto", "dice", "ho", "conosce", "aggiungendo", "Continuerò"));
    assertThat(q)
        .extracting(ItalianQuoteExtractorTest::speaker)
        .containsExactly("UNKNOWN", "Il cantante");
    List<Quotation> after =
        quotesTagged(
            "I gestori hanno chiamato la polizia. Dovranno sporgere denuncia. «È più il danno del"
                + " furto, ma è comunque frustrante»",
            List.of("hanno", "chiamato", "Dovranno", "sporgere"));
    assertThat(after)
        .singleElement()
        .extracting(ItalianQuoteExtractorTest::speaker)
        .isEqualTo("I gestori");
  }

  @Test
  void kinNeighboursAndVictimsAreNounsOfPeople() {
    assertThat(quotes("«In cucina hanno rovesciato tutto - spiega il derubato - e sono scappati»."))
        .singleElement()
        .extracting(ItalianQuoteExtractorTest::speaker)
        .isEqualTo("il derubato");
    assertThat(
            quotes("«Un gesto incomprensibile - ha detto il papà del bambino - che ci ha ferito»."))
        .singleElement()
        .extracting(ItalianQuoteExtractorTest::speaker)
        .isEqualTo("il papà del bambino");
    assertThat(quotes("«Abbiamo sentito urlare - racconta la vicina - e siamo uscite»."))
        .singleElement()
        .extracting(ItalianQuoteExtractorTest::speaker)
        .isEqualTo("la vicina");
  }

  @Test
  void theNameInAppositionToAnAsideSubjectSpeaks() {
    List<Quotation> q =
        quotes(
            "Il locale è stato svaligiato: «Purtroppo – racconta il titolare, Paolo Russo - non è"
                + " bastato cambiare le porte».",
            "Paolo Russo");
    assertThat(q)
        .singleElement()
        .extracting(ItalianQuoteExtractorTest::speaker)
        .isEqualTo("Paolo Russo");
  }

  @Test
  void anAsideWithANounOfSpeechNamesTheSpeaker() {
    List<Quotation> q =
        quotes(
            "Stesso furto nel negozio vicino: «Ci hanno sottratto la cassa – il commento della"
                + " titolare Donatella Ferretti – proprio come negli altri locali».",
            "Donatella Ferretti");
    assertThat(q)
        .singleElement()
        .extracting(ItalianQuoteExtractorTest::speaker)
        .isEqualTo("Donatella Ferretti");
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
        .satisfies(x -> assertThat(speaker(x)).isEqualTo("Sergio Rastrelli"));
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
  void nounsOfPeopleNameTheSpeakerOfABareColonIntroduction() {
    List<Quotation> q =
        quotes(
            "Il mercato è stato chiuso per due giorni. Un poliziotto: «Il ponte era già"
                + " pericolante da mesi». Il pontefice ha poi visitato i feriti, il parlamentare"
                + " ha taciuto. «Serve una legge nuova», ha affermato il parlamentare.");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .extracting(ItalianQuoteExtractorTest::speaker)
        .containsExactly("Un poliziotto", "il parlamentare");
  }

  @Test
  void anAsideAfterTheQuotationNamesTheSpeaker() {
    List<Quotation> q =
        quotes(
            "Il premio va alla scuola di musica. «Hanno insegnato a suonare a mille ragazzi», come"
                + " spiega il presidente della giuria Mario Rossi. Le elezioni si terranno in"
                + " primavera: «un atto dovuto verso gli elettori», come dichiarato dal ministro"
                + " Luca Bianchi.",
            "Mario Rossi",
            "Luca Bianchi");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .extracting(ItalianQuoteExtractorTest::speaker)
        .containsExactly("Mario Rossi", "Luca Bianchi");
  }

  @Test
  void aSpeechNounWithItsCopulaAfterTheQuotation() {
    List<Quotation> q =
        quotes(
            "La fabbrica chiude. «Non lasceremo soli i lavoratori e le loro famiglie». Queste sono"
                + " le parole del sindacato.");
    assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("sindacato"));
  }

  @Test
  void whoeverIsMadeToSayTheWordsSpeaks() {
    List<Quotation> q =
        quotes(
            "Il partito ha vinto in tutte le regioni, tanto da far dire al segretario Mario Rossi:"
                + " «Questa vittoria è di tutti i nostri elettori».",
            "Mario Rossi");
    assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).contains("Mario Rossi"));
  }

  @Test
  void aNameSplitByAHyphenBeforeTheVerbIsTheSubject() {
    List<Quotation> q =
        quotes("Il ministro Ahn Ji-woo ha detto che il paese accoglierà i profughi.", "Ahn Ji-woo");
    assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("Ahn Ji-woo"));
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
  void anImpersonalPassiveIsNoReport() {
    // the gold's rule: a passive with no agent states no source
    List<Quotation> q =
        quotes("Il ministro ha parlato. Era stato riportato che il piano sarebbe cambiato.");
    assertThat(q).isEmpty();
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
  void aTitleAfterANounOfAWorkIsNoQuotationEvenWithAReportingVerb() {
    assertThat(
            quotes(
                "Mario Rossi ha detto che il suo libro “Lettere a un giovane sindaco di provincia”"
                    + " uscirà a maggio.",
                "Mario Rossi"))
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .isEmpty();
    assertThat(
            quotes(
                "Ne ha parlato ieri sera il programma televisivo “Una notte in questura”, ha"
                    + " spiegato Luisa Bianchi.",
                "Luisa Bianchi"))
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .isEmpty();
    assertThat(
            quotes(
                "Luisa Bianchi ha annunciato che il dossier dal titolo “Chi paga il conto?” sarà"
                    + " presentato domani.",
                "Luisa Bianchi"))
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .isEmpty();
    assertThat(
            quotes(
                "Luisa Bianchi ha spiegato il progetto: “Vogliamo aprire la scuola a tutti”.",
                "Luisa Bianchi"))
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .extracting(Quotation::text)
        .containsExactly("Vogliamo aprire la scuola a tutti");
  }

  @Test
  void wordsAfterANounOfSpeechAreQuotedAndTheirTranslationIsNot() {
    List<Quotation> q =
        quotes(
            "L'editoriale si apre con la frase «We have waited far too long for this day» («Abbiamo"
                + " aspettato troppo a lungo questo giorno»), poi attacca il governo.");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .extracting(Quotation::text)
        .containsExactly("We have waited far too long for this day");
  }

  @Test
  void twoOrThreeWordsAreAQuotationWithSpeechEvidence() {
    assertThat(quotes("Il commento dell'allenatore, a fine gara: «Siamo stanchi»."))
        .extracting(Quotation::text)
        .containsExactly("Siamo stanchi");
    assertThat(
            quotes(
                "Secondo la procura di Roma, vi sono prove di un «disegno criminale» dietro gli"
                    + " attacchi."))
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .extracting(Quotation::text)
        .containsExactly("disegno criminale");
    assertThat(
            quotes(
                "Sui social i messaggi dei tifosi: «Grazie di tutto, campione, ci mancherai», «Resta"
                    + " con noi» e «Addio, capitano»."))
        .extracting(Quotation::text)
        .containsExactly(
            "Grazie di tutto, campione, ci mancherai", "Resta con noi", "Addio, capitano");
    assertThat(quotes("Secondo l'istituto «Due Torri» i dati sono in calo.")).isEmpty();
    assertThat(quotes("Si attende la “fumata bianca” dal comignolo.")).isEmpty();
  }

  @Test
  void aCryWithNoCueDoesNotTakeTheLastSpeaker() {
    List<Quotation> q =
        quotes(
            "«Abbiamo vinto noi, finalmente», ha detto Mario Rossi. Poi in sala è risuonato il"
                + " coro “Forza ragazzi!”.",
            "Mario Rossi");
    assertThat(q)
        .extracting(ItalianQuoteExtractorTest::speaker)
        .containsExactly("Mario Rossi", "UNKNOWN");
  }

  @Test
  void wordsAVerbOfSpeakingOrJudgingTakesAreAQuotation() {
    List<Quotation> q =
        quotesTagged(
            "Il sindaco Mario Rossi ha parlato di «sciagura annunciata» davanti ai cronisti.",
            List.of("parlato"),
            "Mario Rossi");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .singleElement()
        .satisfies(x -> assertThat(x.text()).isEqualTo("sciagura annunciata"))
        .satisfies(x -> assertThat(speaker(x)).isEqualTo("Mario Rossi"));
    assertThat(
            quotesTagged(
                "La giunta ha dato per chiusa la vicenda, parlando di «scelta obbligata».",
                List.of("parlando")))
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .extracting(Quotation::text)
        .containsExactly("scelta obbligata");
    // not a verb: the same letters in a noun say nothing
    assertThat(
            quotesTagged(
                "Il parlamento di «nuova generazione» si riunisce domani.", List.of("riunisce")))
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .isEmpty();
  }

  @Test
  void aTitleInAppositionToANounOfAWorkIsNoQuotation() {
    assertThat(
            quotes(
                "Luisa Bianchi ha detto che i tifosi hanno scritto una canzone, “La canzone della"
                    + " nostra squadra”, per la finale.",
                "Luisa Bianchi"))
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .isEmpty();
  }

  @Test
  void aNameInMarksRepeatedLaterIsStillAName() {
    assertThat(
            quotes(
                "Mario Rossi ha ricordato la sua campagna “Una casa per tutti” e ha detto che ci"
                    + " sarà una nuova “Una casa per tutti” anche al Sud.",
                "Mario Rossi"))
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .isEmpty();
  }

  @Test
  void howSomeoneSaysTheyFeelIsTheirWordsANicknameIsNot() {
    assertThat(quotes("Luisa Bianchi si è detta «molto delusa» dalla sentenza.", "Luisa Bianchi"))
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .singleElement()
        .satisfies(x -> assertThat(x.text()).isEqualTo("molto delusa"))
        .satisfies(x -> assertThat(speaker(x)).isEqualTo("Luisa Bianchi"));
    assertThat(quotes("Mario Rossi, detto «il Pirata», ha vinto la tappa.", "Mario Rossi"))
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .isEmpty();
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
  void aNounOfPeopleInADiComplementIntroducesNoOne() {
    List<Quotation> q =
        quotes(
            "La donna ha avvicinato l'anziana. «Zia ciao, non ti ricordi di me?». Poi, chiarito"
                + " lo scambio di persona: «Ma sei proprio uguale a lei».");
    assertThat(q)
        .extracting(ItalianQuoteExtractorTest::speaker)
        .containsExactly("La donna", "La donna");
  }

  @Test
  void aNameInsideTheLastQuotationIntroducesNoOne() {
    List<Quotation> q =
        quotes(
            "«Il Giappone ha voluto tornare indietro di sessant'anni»: per salvare le balene, «si"
                + " deve riformare la commissione internazionale».",
            "Giappone");
    assertThat(q).extracting(ItalianQuoteExtractorTest::speaker).containsOnly("UNKNOWN");
  }

  @Test
  void aQuotationThatNamesTheLastSpeakerIsNotTheirs() {
    List<Quotation> q =
        quotes(
            "Durante la notte Holmes sveglia l'amico. «Watson, guardate in alto e ditemi cosa"
                + " vedete!». «Vedo milioni e milioni di stelle, Holmes».",
            "Holmes",
            "Watson");
    assertThat(q).extracting(ItalianQuoteExtractorTest::speaker).last().isNotEqualTo("Holmes");
  }

  @Test
  void perXCommaAndADettaDiXAttributeTheWords() {
    List<Quotation> q =
        quotes(
            "«Se uno è forte, arriva alla gente», ha detto Emma Rossi. Per Noemi Bianchi, il"
                + " momento più difficile è stato «quello in cui doveva salire le scale del"
                + " palco». A detta del professore Alberto Neri «la lesione è completa e non si"
                + " può operare».",
            "Emma Rossi",
            "Noemi Bianchi",
            "Alberto Neri");
    // "Per X, …" is also an indirect report around its nested quotation (kept as both)
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .extracting(ItalianQuoteExtractorTest::speaker)
        .containsExactly("Emma Rossi", "Noemi Bianchi", "Alberto Neri");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.INDIRECT)
        .extracting(ItalianQuoteExtractorTest::speaker)
        .containsExactly("Noemi Bianchi");
  }

  @Test
  void aQuotationNamingSomeoneIsNotTheirsUnlessItIntroducesThem() {
    List<Quotation> q =
        quotes(
            "Il cordoglio è giunto dalla radio, di cui Fabio Rossi era una delle voci, con queste"
                + " parole: «Con Fabio se ne va un pezzo della nostra storia». Poi è uscito"
                + " dall'auto Antonio Pelle: «Mi chiamo Antonio Pelle, non sparate».",
            "Fabio Rossi",
            "Antonio Pelle");
    assertThat(q)
        .extracting(ItalianQuoteExtractorTest::speaker)
        .containsExactly("UNKNOWN", "Antonio Pelle");
  }

  @Test
  void theSubjectAfterTheComplementsOfAReportingVerbSpeaks() {
    List<Quotation> q =
        quotes(
            "Il premier Paolo Neri ha invitato tutti alla calma. «Occorre fare un passo indietro»"
                + " ha dichiarato a Radio Roma il ministro Marco Fini.",
            "Paolo Neri",
            "Marco Fini");
    assertThat(q).extracting(ItalianQuoteExtractorTest::speaker).containsExactly("Marco Fini");
  }

  @Test
  void eQuantoHaDichiaratoGivesTheWordsBeforeItToTheSubjectAfterTheVerb() {
    List<Quotation> q =
        quotes(
            "«Il paziente è lucido e sereno, ma le sue condizioni sono gravi». È quanto ha"
                + " dichiarato ai giornalisti il portavoce Marco Verdi.",
            "Marco Verdi");
    assertThat(q).extracting(ItalianQuoteExtractorTest::speaker).containsExactly("Marco Verdi");
  }

  @Test
  void aDescribedSpeakerDoesNotCarryOverPastOnePersonNamedAfterIt() {
    List<Quotation> q =
        quotes(
            "«Le accuse sono gravi e documentate», ha detto il magistrato. Anche il figlio del re,"
                + " Emanuele Rossi, al quale è contestato un episodio minore. «Sono pronto a tornare"
                + " in Italia», ha dichiarato.",
            "Emanuele Rossi");
    assertThat(q).extracting(ItalianQuoteExtractorTest::speaker).first().isEqualTo("il magistrato");
    assertThat(speaker(q.get(q.size() - 1))).isNotEqualTo("il magistrato");
  }

  @Test
  void aDiComplementAfterACommaQualifiesTheNameBeforeIt() {
    List<Quotation> q =
        quotes(
            "Jean Rossi, della commissione diritti umani dell'ONU ha chiesto di rimandare la"
                + " produzione di carburanti ottenuti dal grano.",
            "Jean Rossi");
    assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("Jean Rossi"));
  }

  @Test
  void anOpeningRoleStandsForTheNameInItsApposition() {
    List<Quotation> q =
        quotes(
            "Il presidente della Commissione Europea, José Rossi, ha poi elogiato l'Unione,"
                + " affermando che l'Europa deve affrontare insieme le sfide del clima.",
            "José Rossi");
    assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("José Rossi"));
  }

  @Test
  void aRoleBeforeANameBetweenCommasIsThatPerson() {
    List<Quotation> q =
        quotes(
            "Il capo della polizia di Dallas, David Bruni, ha affermato che gli uomini del"
                + " commando avrebbero agito insieme.",
            "David Bruni");
    assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("David Bruni"));
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

  @Test
  void whoTakesTheFloorSpeaksNext() {
    List<Quotation> q =
        quotes(
            "«Il bilancio è in ordine», ha detto Mario Rossi. Ha poi preso la parola Luigi"
                + " Bianchi: dopo un lungo applauso, ha esordito con una promessa: «Il partito"
                + " resta unito e nessuno lo dividerà».",
            "Mario Rossi",
            "Luigi Bianchi");
    assertThat(q)
        .extracting(ItalianQuoteExtractorTest::speaker)
        .containsExactly("Mario Rossi", "Luigi Bianchi");
  }

  @Test
  void aDocumentSpeaksAsTheSubjectOfAVerbOfSaying() {
    List<Quotation> q =
        quotes(
            "La regione ha chiuso il comune. Come recita l'ordinanza: «restano aperti solo i"
                + " supermercati e le edicole». «Chiuso per lutto fino a lunedì», recita un"
                + " cartello all'ingresso.");
    assertThat(q)
        .extracting(ItalianQuoteExtractorTest::speaker)
        .containsExactly("l'ordinanza", "un cartello all'ingresso");
  }

  @Test
  void aNounOfSpeechAfterACopulaOrAnAdverbNamesTheSpeaker() {
    List<Quotation> q =
        quotes(
            "«Non lasceremo sole le famiglie colpite», sono le parole del presidente Mario Verdi."
                + " «Vado di corsa, tenga pure il resto e buona giornata», queste pressappoco le"
                + " parole del turista.",
            "Mario Verdi");
    assertThat(q)
        .extracting(ItalianQuoteExtractorTest::speaker)
        .containsExactly("Mario Verdi", "turista");
  }

  @Test
  void daAndABodyOpeningTheClauseOfAPluralVerbSaysWhereTheWordsComeFrom() {
    List<Quotation> q =
        quotes(
            "La notizia ha fatto il giro del paese. Da Palazzo Chigi spiegano: «Il decreto sarà"
                + " approvato entro la settimana». Ma dalla Farnesina rassicurano che nessun"
                + " italiano è rimasto coinvolto. Dal primo gennaio dicono che «tutto cambierà».");
    assertThat(q)
        .extracting(ItalianQuoteExtractorTest::speaker)
        .containsExactly("Palazzo Chigi", "Farnesina", "UNKNOWN", "UNKNOWN");
  }

  @Test
  void aSubjectAfterTheVerbsPrepositionalComplement() {
    List<Quotation> q =
        quotes(
            "«Siamo vicini alla famiglia e ai tifosi» ha dichiarato a Radio Capital il ministro"
                + " degli Esteri Mario Verdi.",
            "Mario Verdi");
    assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).endsWith("Mario Verdi"));
    assertThat(quotes("«Non abbiamo nulla da nascondere» ha detto ai giornalisti la verità."))
        .extracting(ItalianQuoteExtractorTest::speaker)
        .containsExactly("UNKNOWN");
  }

  @Test
  void whoIsMadeToSaySpeaksHoweverFarTheColon() {
    List<Quotation> q =
        quotes(
            "I prezzi del grano salgono. Questo ha fatto dire a Mario Verdi, della Banca mondiale,"
                + " martedì mattina ma dall'altra parte dell'oceano, durante un incontro con i"
                + " ministri dell'agricoltura a Lisbona: «Il pane a buon mercato non tornerà più».",
            "Mario Verdi");
    assertThat(q).singleElement().satisfies(x -> assertThat(speaker(x)).isEqualTo("Mario Verdi"));
  }

  @Test
  void anAdverbBetweenCommasStaysInsideTheVerbGroup() {
    List<Quotation> q =
        quotes(
            "Il movente resta oscuro: probabilmente Mario Rossi non conosceva la banda, il"
                + " questore ha, infatti, affermato che «il ragazzo non aveva alcun legame con"
                + " loro».",
            "Mario Rossi");
    assertThat(q)
        .filteredOn(x -> x.kind() == Quotation.Kind.DIRECT)
        .singleElement()
        .satisfies(x -> assertThat(speaker(x)).isEqualTo("il questore"));
  }
}
