package dev.akmatori.adapter.persistence;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Store failures that go away when the transaction is simply run again: a lock wait that timed out
 * (H2's default is 2 s), a deadlock or a serialization failure. Everything else is not retried.
 */
final class Transients {
  private static final Set<String> STATES = Set.of("HYT00", "40001", "40P01", "55P03");

  private Transients() {}

  static boolean isTransient(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof SQLException && STATES.contains(((SQLException) t).getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
