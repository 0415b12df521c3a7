package org.rassegna.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublishedTest {

  @Test
  void keepsThePrecisionTheSourceGave() {
    assertThat(new Published("2025").precision()).isEqualTo(Published.Precision.YEAR);
    assertThat(new Published("2025-02").precision()).isEqualTo(Published.Precision.MONTH);
    assertThat(new Published("2025-02-12").day()).contains(LocalDate.of(2025, 2, 12));
    assertThat(new Published("2025-02-12T23:30:00+01:00").day())
        .contains(LocalDate.of(2025, 2, 12));
    assertThat(new Published("2025-02").day()).isEmpty();
    assertThat(new Published("2025-02").earliestDay()).isEqualTo(LocalDate.of(2025, 2, 1));
  }

  @Test
  void refusesWhatIsNotAnIsoDate() {
    assertThatThrownBy(() -> new Published("12 febbraio 2025"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Published("2025-13")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Published.parse("2025-02-30")).isEmpty();
  }

  @Test
  void ordersByDay() {
    assertThat(new Published("2025-02-12")).isLessThan(new Published("2025-03-18T10:00:00Z"));
    assertThat(new Published("2025-02")).isLessThan(new Published("2025-02-12"));
  }
}
