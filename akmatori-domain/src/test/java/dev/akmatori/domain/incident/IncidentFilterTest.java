package dev.akmatori.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncidentFilterTest {
  private static IncidentFilter source(String source) {
    return new IncidentFilter(Optional.empty(), Optional.empty(), Set.of(), false, Optional.of(source));
  }

  @Test
  void aSourceNoStoredTextHolds_matchesNothing() {
    assertThat(source("api\u0000").matchesNothing()).isTrue();
    assertThat(source("\ud800").matchesNothing()).isTrue();
  }

  @Test
  void anyOtherSource_mayMatch() {
    assertThat(source("alertmanager").matchesNothing()).isFalse();
    assertThat(source("").matchesNothing()).isFalse();
    assertThat(IncidentFilter.none().matchesNothing()).isFalse();
  }

  @Test
  void onlyDiagnosed_matchesNothing_butWithAnotherStatusItMay() {
    assertThat(new IncidentFilter(Optional.empty(), Optional.empty(), Set.of(), true, Optional.empty()).matchesNothing())
        .isTrue();
    assertThat(new IncidentFilter(Optional.empty(), Optional.empty(), Set.of(IncidentStatus.FAILED), true,
        Optional.empty()).matchesNothing()).isFalse();
  }
}
