package org.rassegna.extract;

import static org.assertj.core.api.Assertions.assertThat;

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

class ArticleEntitiesTest {

  /** {@code text} with every occurrence of {@code persons} tagged a person. */
  private static AnnotatedArticle article(String text, String... persons) {
    AnnotatedArticle a = LuceneAnnotator.italian().annotate(Article.of("t", text));
    List<Mention> mentions = new ArrayList<>();
    for (String p : persons) {
      for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + p.length())) {
        mentions.add(new Mention(new Span(at, at + p.length()), p, EntityType.PER));
      }
    }
    mentions.sort((x, y) -> x.span().compareTo(y.span()));
    return new AnnotatedArticle(
        a.article(), a.language(), a.sentences(), a.tokens(), mentions, List.of());
  }

  private static List<Quotation> quotes(String text, String... persons) {
    return new ItalianQuoteExtractor().extract(article(text, persons));
  }

  /** The one quotation's speaker name, and the words found for it. */
  private static List<String> speaker(List<Quotation> q, String text) {
    assertThat(q).hasSize(1);
    Speaker s = q.get(0).speaker();
    assertThat(s).isNotNull();
    assertThat(s.span().of(text)).isEqualTo(s.text()); // the name stands there in the article
    return List.of(s.text(), s.words().of(text));
  }

  @Test
  void aSurnameStandsForTheFullName() {
    String text =
        "Vittorio Capocelli ha firmato l'ordinanza ieri sera. «Non possiamo permettere che la"
            + " strada resti chiusa», ha detto Capocelli.";
    assertThat(speaker(quotes(text, "Vittorio Capocelli", "Capocelli"), text))
        .containsExactly("Vittorio Capocelli", "Capocelli");
  }

  @Test
  void aRoleInAppositionBeforeTheNameStandsForIt() {
    String text =
        "In aula è intervenuto il legale, Sergio Rastrelli, che ha chiesto la revoca."
            + " «La misura è del tutto sproporzionata rispetto ai fatti», ha aggiunto il legale.";
    assertThat(speaker(quotes(text, "Sergio Rastrelli"), text))
        .containsExactly("Sergio Rastrelli", "il legale");
  }

  @Test
  void aRoleInAppositionAfterTheNameStandsForIt() {
    String text =
        "Sergio Rastrelli, avvocato della famiglia, è arrivato in tribunale alle nove."
            + " «Chiederemo che il processo venga rinviato», ha spiegato l'avvocato.";
    assertThat(speaker(quotes(text, "Sergio Rastrelli"), text))
        .containsExactly("Sergio Rastrelli", "l'avvocato");
  }

  @Test
  void aRoleGivenEarlierWithTheNameStandsForIt() {
    String text =
        "Il presidente Mario Rossi ha aperto la seduta del consiglio. «Oggi approveremo il"
            + " bilancio senza ulteriori rinvii», ha detto il presidente.";
    assertThat(speaker(quotes(text, "Mario Rossi"), text))
        .containsExactly("Mario Rossi", "il presidente");
  }

  @Test
  void aMoreGeneralRoleNounStandsForTheName() {
    String text =
        "L'istanza è stata presentata dall'avvocato Sergio Rastrelli nella mattinata di ieri."
            + " «La misura è del tutto sproporzionata rispetto ai fatti», ha detto il legale.";
    assertThat(speaker(quotes(text, "Sergio Rastrelli"), text))
        .containsExactly("Sergio Rastrelli", "il legale");
  }

  @Test
  void theNameInAppositionAfterTheRoleFoundNamesIt() {
    String text =
        "«La preoccupazione è assai viva per tutti noi», ha affermato il presidente della"
            + " Repubblica, Giorgio Napolitano, durante la cerimonia.";
    assertThat(speaker(quotes(text, "Giorgio Napolitano"), text).get(0))
        .isEqualTo("Giorgio Napolitano");
  }

  @Test
  void thePremierIsThePresidentOfTheCouncil() {
    String text =
        "A Berlino Romano Prodi, presidente del consiglio italiano, ha incontrato i ministri."
            + " «Proseguiremo sulla strada verso l'unificazione», ha detto il premier italiano.";
    assertThat(speaker(quotes(text, "Romano Prodi"), text))
        .containsExactly("Romano Prodi", "il premier italiano");
  }

  @Test
  void aCapitalisedRoleBeforeTheNameAndTheMayorsOtherName() {
    String text =
        "I ragazzi sono stati interrogati dal Sostituto Procuratore Franco Neri. Il sindaco Flavio"
            + " Bassi ha visitato la famiglia. «Non sono di natura politica i motivi», ha detto il"
            + " magistrato. «Ho proposto una manifestazione per la pace», ha detto il Primo"
            + " cittadino.";
    List<Quotation> q = quotes(text, "Franco Neri", "Flavio Bassi");
    assertThat(q)
        .extracting(x -> x.speaker() == null ? "UNKNOWN" : x.speaker().text())
        .containsExactly("Franco Neri", "Flavio Bassi");
  }

  @Test
  void aCapitalisedRoleAfterTheName() {
    String text =
        "Alla manifestazione era presente Paolo Ferrero, Ministro della Solidarietà sociale."
            + " «È una giornata importante per tutto il paese», ha detto il ministro.";
    assertThat(speaker(quotes(text, "Paolo Ferrero"), text))
        .containsExactly("Paolo Ferrero", "il ministro");
  }

  @Test
  void anIndefiniteRoleIsSomeoneElse() {
    String text =
        "Il portavoce Mario Rossi ha letto la nota. «Non abbiamo altro da aggiungere», ha detto"
            + " un portavoce.";
    assertThat(speaker(quotes(text, "Mario Rossi"), text))
        .containsExactly("un portavoce", "un portavoce");
  }

  @Test
  void aRoleTiedToTwoPersonsStaysTheRole() {
    String text =
        "Il presidente Mario Rossi ha incontrato il presidente Luca Bianchi a Roma. «Oggi"
            + " approveremo il bilancio senza ulteriori rinvii», ha detto il presidente.";
    assertThat(speaker(quotes(text, "Mario Rossi", "Luca Bianchi"), text))
        .containsExactly("il presidente", "il presidente");
  }

  @Test
  void aRoleNamedOnlyLaterStaysTheRole() {
    String text =
        "«Oggi approveremo il bilancio senza ulteriori rinvii», ha detto il presidente. Il"
            + " presidente Mario Rossi ha poi lasciato la sala.";
    assertThat(speaker(quotes(text, "Mario Rossi"), text))
        .containsExactly("il presidente", "il presidente");
  }

  @Test
  void theSameNamedPersonStandsForTheFullName() {
    String text =
        "Vincenzo Visco ha presentato la manovra. «Non ci saranno nuove tasse per le famiglie»,"
            + " ha assicurato lo stesso Visco.";
    List<String> s = speaker(quotes(text, "Vincenzo Visco", "Visco"), text);
    assertThat(s.get(0)).isEqualTo("Vincenzo Visco");
    assertThat(s.get(1)).endsWith("Visco");
  }

  @Test
  void aFirstNameTheTaggerLeftOutJoinsTheName() {
    String text =
        "«Non si può accettare una decisione calata dall'alto», commenta il sindaco Pasquale"
            + " Lamboglia.";
    assertThat(speaker(quotes(text, "Lamboglia"), text))
        .containsExactly("Pasquale Lamboglia", "il sindaco Pasquale Lamboglia");
  }

  @Test
  void aNameInsideADiComplementOfTheWordsIsNotWhoTheyStandFor() {
    String text =
        "L'ufficio del presidente Mario Rossi e il portavoce del Comune Luca Bianchi hanno"
            + " parlato.";
    ArticleEntities entities =
        new ArticleEntities(new ArticleWords(article(text, "Mario Rossi", "Luca Bianchi")));
    int office = text.indexOf(" e il");
    assertThat(entities.standsFor(new Span(0, office))).isNull();
    Span spokesman = new Span(office + 3, text.indexOf(" hanno"));
    assertThat(entities.standsFor(spokesman))
        .satisfies(e -> assertThat(e.name()).isEqualTo("Luca Bianchi"));
  }

  @Test
  void aNameInsideAClauseOfTheWordsIsNotTheSpeaker() {
    String text =
        "Lo studio condotto dall'istituto «Mario Negri» dice che il consumo è cresciuto. Mario"
            + " Negri era un farmacologo.";
    ArticleEntities entities = new ArticleEntities(new ArticleWords(article(text, "Mario Negri")));
    String words = "Lo studio condotto dall'istituto «Mario Negri»";
    assertThat(entities.standsFor(new Span(0, words.length()))).isNull();
    assertThat(entities.standsFor(new Span(text.lastIndexOf("Mario"), text.lastIndexOf(" era"))))
        .isNotNull();
  }

  @Test
  void wordsWithoutTagsLoseTheConjunctionBeforeTheName() {
    String text =
        "Il sindaco ha parlato a lungo, mentre Adriano Celentano ha detto: «Da oggi il mondo è"
            + " più buio per tutti noi».";
    assertThat(speaker(quotes(text, "Adriano Celentano"), text))
        .containsExactly("Adriano Celentano", "Adriano Celentano");
  }
}
