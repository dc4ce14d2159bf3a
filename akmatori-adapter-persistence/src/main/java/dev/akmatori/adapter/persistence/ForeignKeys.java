package dev.akmatori.adapter.persistence;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises a foreign-key violation (SQLState 23503 on H2 and PostgreSQL) anywhere in a failure,
 * for the few writes that race a concurrent delete of what they reference.
 */
final class ForeignKeys {
  static final String VIOLATION = "23503";

  private ForeignKeys() {}

  static boolean isViolation(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof SQLException && VIOLATION.equals(((SQLException) t).getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
