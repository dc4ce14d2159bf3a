package dev.akmatori.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlertFilterTest {
  @Test
  void aSourceUuidNoStoredTextHolds_matchesNothing() {
    assertThat(new AlertFilter(Optional.empty(), Optional.of("a\u0000b")).matchesNothing()).isTrue();
    assertThat(new AlertFilter(Optional.of(AlertStatus.FIRING), Optional.of("\udc00")).matchesNothing()).isTrue();
  }

  @Test
  void anyOtherFilter_mayMatch() {
    assertThat(AlertFilter.none().matchesNothing()).isFalse();
    assertThat(new AlertFilter(Optional.empty(), Optional.of("not-a-uuid")).matchesNothing()).isFalse();
  }
}
