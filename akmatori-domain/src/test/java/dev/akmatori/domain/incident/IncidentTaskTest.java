package dev.akmatori.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

/** The {@code task} rules of contract §3.1.3. */
class IncidentTaskTest {
  @Test
  void aTaskIsStoredAsGiven_notTrimmed() {
    assertThat(new IncidentTask("  check disk \n").text()).isEqualTo("  check disk \n");
  }

  @Test
  void aBlankOrMissingTask_isRequired() {
    for (String blank : new String[] {null, "", "   ", "\n\t "}) {
      assertThatThrownBy(() -> new IncidentTask(blank))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details()).containsEntry("task", "is required"));
    }
  }

  @Test
  void exactly102400BytesOfUtf8_areAccepted_andOneMoreIsNot() {
    String max = "é".repeat(51_200); // two bytes each
    assertThat(new IncidentTask(max).text()).hasSize(51_200);

    assertThatThrownBy(() -> new IncidentTask(max + "x"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.details()).containsEntry("task", "must be at most 102400 bytes"));
  }

  @Test
  void theLimitCountsBytes_notCharacters() {
    String ascii = "a".repeat(102_400);
    assertThat(new IncidentTask(ascii).text()).hasSize(102_400);
    assertThatThrownBy(() -> new IncidentTask("€".repeat(34_134))).isInstanceOf(ValidationException.class);
  }
}
