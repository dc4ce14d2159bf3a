package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.ConflictException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConflictsTest {
  private static final String MESSAGE = "Thing 'x' already exists";

  @Test
  void aUniqueViolationDeepInTheCauseChain_becomesAConflictWithTheCallersMessage() {
    RuntimeException wrapped =
        new IllegalStateException("jdbi", new RuntimeException("pool", new SQLException("dup", "23505")));

    assertThatThrownBy(() -> Conflicts.onUniqueViolation(MESSAGE, () -> { throw wrapped; }))
        .isExactlyInstanceOf(ConflictException.class)
        .hasMessage(MESSAGE);
  }

  @Test
  void aUniqueViolationChainedAsNextSqlException_isFoundToo() {
    SQLException batch = new SQLException("batch failed", "HY000");
    batch.setNextException(new SQLException("dup", "23505"));

    assertThat(Conflicts.isUniqueViolation(new RuntimeException(batch))).isTrue();
  }

  @Test
  void otherSqlStates_arePassedThroughUnchanged() {
    RuntimeException foreignKey = new RuntimeException(new SQLException("fk", "23503"));
    RuntimeException notNull = new RuntimeException(new SQLException("nn", "23502"));

    assertThatThrownBy(() -> Conflicts.onUniqueViolation(MESSAGE, () -> { throw foreignKey; })).isSameAs(foreignKey);
    assertThatThrownBy(() -> Conflicts.onUniqueViolation(MESSAGE, () -> { throw notNull; })).isSameAs(notNull);
  }

  @Test
  void nonSqlFailures_arePassedThroughUnchanged() {
    IllegalArgumentException plain = new IllegalArgumentException("23505 in a message is not a state");

    assertThatThrownBy(() -> Conflicts.onUniqueViolation(MESSAGE, () -> { throw plain; })).isSameAs(plain);
  }

  @Test
  void success_returnsTheActionsValue() {
    assertThat(Conflicts.onUniqueViolation(MESSAGE, () -> 42)).isEqualTo(42);
  }

  @Test
  void aCyclicCauseChain_terminates() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);

    assertThat(Conflicts.isUniqueViolation(a)).isFalse();
  }

  @Test
  void aRealUniqueViolationOnH2_isRecognised() {
    try (TestDatabase db = TestDatabases.h2()) {
      String insert = "INSERT INTO settings (\"key\", \"value\", updated_at) VALUES ('k', 'v', CURRENT_TIMESTAMP)";
      db.adapter().jdbi().useHandle(h -> h.execute(insert));

      assertThatThrownBy(() -> Conflicts.onUniqueViolation(MESSAGE, () -> db.adapter().jdbi().withHandle(h -> h.execute(insert))))
          .isInstanceOf(ConflictException.class)
          .hasMessage(MESSAGE);
    }
  }

  @Test
  void aForeignKeyViolation_isRecognised_andIsNoUniqueViolation() {
    RuntimeException foreignKey = new RuntimeException("jdbi", new SQLException("still referenced", "23503"));

    assertThat(Conflicts.isForeignKeyViolation(foreignKey)).isTrue();
    assertThat(Conflicts.isUniqueViolation(foreignKey)).isFalse();
    assertThat(Conflicts.isForeignKeyViolation(new RuntimeException(new SQLException("dup", "23505")))).isFalse();
  }
}
