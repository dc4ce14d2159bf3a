package dev.akmatori.adapter.persistence;

import dev.akmatori.domain.shared.ConflictException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The one place where a unique-key violation (SQLState 23505 on H2 and PostgreSQL) becomes a {@link
 * ConflictException}. No other SQL error is translated: those are bugs or outages, not user errors.
 */
final class Conflicts {
  static final String UNIQUE_VIOLATION = "23505";
  static final String FOREIGN_KEY_VIOLATION = "23503";

  private Conflicts() {}

  /** Runs {@code action}; a unique violation anywhere in its failure becomes a conflict. */
  static <T> T onUniqueViolation(String message, Supplier<T> action) {
    try {
      return action.get();
    } catch (RuntimeException e) {
      if (isUniqueViolation(e)) {
        throw new ConflictException(message);
      }
      throw e;
    }
  }

  /** True when {@code failure} or any cause (or chained SQL exception) is a unique violation. */
  static boolean isUniqueViolation(Throwable failure) {
    return hasState(failure, UNIQUE_VIOLATION);
  }

  /**
   * True when {@code failure} or any cause is a foreign-key violation (SQLState 23503), e.g. a row
   * still referenced by one that another transaction inserted; the caller chooses its conflict.
   */
  static boolean isForeignKeyViolation(Throwable failure) {
    return hasState(failure, FOREIGN_KEY_VIOLATION);
  }

  private static boolean hasState(Throwable failure, String state) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof SQLException && hasState((SQLException) t, state, seen)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasState(SQLException e, String state, Set<Throwable> seen) {
    for (SQLException s = e.getNextException(); s != null && seen.add(s); s = s.getNextException()) {
      if (state.equals(s.getSQLState())) {
        return true;
      }
    }
    return state.equals(e.getSQLState());
  }
}
