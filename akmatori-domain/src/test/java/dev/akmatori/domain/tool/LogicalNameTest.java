package dev.akmatori.domain.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

class LogicalNameTest {
  @Test
  void slugRule() {
    assertThat(LogicalName.from("Prod Zabbix (EU)").value()).isEqualTo("prod-zabbix-eu");
    assertThat(LogicalName.from("--a__b--").value()).isEqualTo("a-b");
    assertThat(LogicalName.from("x".repeat(127) + "-y").value()).isEqualTo("x".repeat(127));
    assertThat(LogicalName.from("Ünïcode").value()).isEqualTo("n-code");
  }

  @Test
  void emptyAfterSanitization_isAValidationError() {
    assertThatThrownBy(() -> LogicalName.from("!!!"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.details()).containsEntry("logical_name", "resolves to empty after sanitization"));
    assertThatThrownBy(() -> new LogicalName("Not A Slug")).isInstanceOf(ValidationException.class);
  }
}
