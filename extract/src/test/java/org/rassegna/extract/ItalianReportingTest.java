package org.rassegna.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItalianReportingTest {

  @Test
  void formsAreMadeFromTheLemmaByConjugation() {
    assertThat(ItalianReporting.lemma("riferiva")).isEqualTo("riferire");
    assertThat(ItalianReporting.lemma("ribadiscono")).isEqualTo("ribadire");
    assertThat(ItalianReporting.lemma("confermerebbero")).isEqualTo("confermare");
    assertThat(ItalianReporting.lemma("specificherebbe")).isEqualTo("specificare");
    assertThat(ItalianReporting.lemma("annuncerebbe")).isEqualTo("annunciare");
    assertThat(ItalianReporting.lemma("dissero")).isEqualTo("dire");
    assertThat(ItalianReporting.lemma("diceva")).isEqualTo("dire");
    assertThat(ItalianReporting.lemma("sostengono")).isEqualTo("sostenere");
    assertThat(ItalianReporting.lemma("testimoniando")).isEqualTo("testimoniare");
  }

  @Test
  void beliefIsNotSayingAndManneredGerundsReportNothing() {
    assertThat(ItalianReporting.isVerb("ritenuto")).isFalse();
    assertThat(ItalianReporting.isVerb("urla")).isTrue();
    assertThat(ItalianReporting.isVerb("urlando")).isFalse(); // "fuggire urlando"
    assertThat(ItalianReporting.isVerb("ribadita")).isFalse(); // "la linea ribadita"
    assertThat(ItalianReporting.isVerb("confermata")).isTrue(); // "confermata dal portavoce"
  }

  @Test
  void directiveVerbsReportOnlyThroughTheirComplement() {
    assertThat(ItalianReporting.isVerb("minacciato")).isFalse();
    assertThat(ItalianReporting.isDirective("minacciato")).isTrue();
    assertThat(ItalianReporting.isParticiple("minacciato")).isTrue();
    assertThat(ItalianReporting.takesToInfinitive("invitava")).isTrue();
    assertThat(ItalianReporting.takesPersonObject("accusando")).isTrue();
    assertThat(ItalianReporting.asks("chiedeva")).isTrue();
    assertThat(ItalianReporting.asks("diceva")).isFalse();
  }
}
