package org.rassegna.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.model.Article;
import org.rassegna.model.Figure;

class ItalianFigureExtractorTest {

  private static List<Figure> figures(String text) {
    return new ItalianFigureExtractor()
        .extract(LuceneAnnotator.italian().annotate(Article.of("t", text)));
  }

  private static Figure only(String text) {
    List<Figure> f = figures(text);
    assertThat(f).hasSize(1);
    return f.get(0);
  }

  @Test
  void countsWithTheirNoun() {
    List<Figure> f = figures("Lo scambio di 175 prigionieri e il trasferimento di 23 feriti.");
    assertThat(f).extracting(Figure::text).containsExactly("175 prigionieri", "23 feriti");
    assertThat(f).extracting(Figure::value).containsExactly(175.0, 23.0);
    assertThat(f).extracting(Figure::counted).containsExactly("prigionieri", "feriti");
    assertThat(f).allMatch(x -> x.unit() == Figure.Unit.COUNT && !x.approximate());
  }

  @Test
  void durationsInMinutesWithWhatTheyMeasure() {
    Figure truce = only("una tregua di 30 giorni in Ucraina");
    assertThat(truce.value()).isEqualTo(30 * 1440.0);
    assertThat(truce.unit()).isEqualTo(Figure.Unit.MINUTE);
    assertThat(truce.counted()).isEqualTo("tregua");
    Figure call = only("una telefonata, durata circa un'ora e mezza.");
    assertThat(call.text()).isEqualTo("un'ora e mezza");
    assertThat(call.value()).isEqualTo(90.0);
    assertThat(call.counted()).isEqualTo("durata");
    assertThat(call.approximate()).isTrue();
    assertThat(only("che ha avuto una durata di un’ora e mezza").counted()).isEqualTo("durata");
    assertThat(only("la conversazione è durata mezz'ora").value()).isEqualTo(30.0);
  }

  @Test
  void numberWordsAndOrdersOfMagnitude() {
    assertThat(only("ventitré feriti").value()).isEqualTo(23.0);
    assertThat(only("trentotto agenti").value()).isEqualTo(38.0);
    Figure dead = only("la Russia ha perso decine di milioni di persone");
    assertThat(dead.value()).isEqualTo(1e7);
    assertThat(dead.counted()).isEqualTo("persone perso");
    assertThat(only("vogliamo fermare la morte di milioni di persone").counted())
        .isEqualTo("persone morte");
    assertThat(only("Milioni di persone sono morte").counted()).isEqualTo("persone");
    assertThat(dead.approximate()).isTrue();
    assertThat(only("rubate una ventina di tute").value()).isEqualTo(20.0);
  }

  @Test
  void moneyInEuro() {
    assertThat(only("un bottino di 10mila euro").value()).isEqualTo(10000.0);
    assertThat(only("un bottino di 10mila euro").counted()).isEqualTo("bottino");
    assertThat(only("circa 40. 000 euro").value()).isEqualTo(40000.0);
    assertThat(only("2 milioni di euro").value()).isEqualTo(2e6);
  }

  @Test
  void datesTimesAndAddressesAreNotFigures() {
    assertThat(figures("Mercoledì 12 febbraio, alle 21, in via Roma 5.")).isEmpty();
    assertThat(figures("un americano detenuto")).isEmpty();
    assertThat(figures("Il 2025 è iniziato.")).isEmpty();
  }
}
