package org.rassegna.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rassegna.model.Published;

class DateReaderTest {

  @Test
  void readsMachineDates() {
    assertThat(DateReader.machine("2025-02-12T21:15:00+01:00"))
        .contains(new Published("2025-02-12T21:15:00+01:00"));
    assertThat(DateReader.machine("2019-11-19T02:46:42.471Z"))
        .contains(new Published("2019-11-19T02:46:42Z"));
    assertThat(DateReader.machine("2019-11-19T02:46:42+0530"))
        .contains(new Published("2019-11-19T02:46:42+05:30"));
    assertThat(DateReader.machine("2019-11-19 10:20")).contains(new Published("2019-11-19"));
    assertThat(DateReader.machine("2019-11-19")).contains(new Published("2019-11-19"));
    assertThat(DateReader.machine("Tue, 19 Nov 2019 02:46:42 GMT"))
        .contains(new Published("2019-11-19T02:46:42Z"));
    assertThat(DateReader.machine("non una data")).isEmpty();
    assertThat(DateReader.machine("2019-02-30")).isEmpty();
  }

  @Test
  void readsItalianAndEnglishDatesInText() {
    assertThat(DateReader.human("mercoledì 12 febbraio 2025, 21:15"))
        .contains(new Published("2025-02-12"));
    assertThat(DateReader.human("Pubblicato il 1° marzo 2024"))
        .contains(new Published("2024-03-01"));
    assertThat(DateReader.human("Aggiornato: 3 nov 2024")).contains(new Published("2024-11-03"));
    assertThat(DateReader.human("12/02/2025")).contains(new Published("2025-02-12"));
    assertThat(DateReader.human("11/20/2019 01:14 PM")).contains(new Published("2019-11-20"));
    assertThat(DateReader.human("Nov. 19, 2019")).contains(new Published("2019-11-19"));
    assertThat(DateReader.human("3 porte e 2024 modi")).isEmpty();
  }
}
