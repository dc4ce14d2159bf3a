package dev.akmatori.application.retention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Lock rows in memory with their creation times; a key can be marked as held by a transaction. */
final class InMemoryStaleAlertLocks implements StaleAlertLocks {
  private final Map<String, Instant> rows = new TreeMap<>();
  private final Set<String> held = new HashSet<>();
  final List<Integer> batches = new ArrayList<>();
  private RuntimeException failure;

  synchronized void add(String key, Instant createdAt) {
    rows.put(key, createdAt);
  }

  synchronized void hold(String key) {
    held.add(key);
  }

  synchronized boolean contains(String key) {
    return rows.containsKey(key);
  }

  synchronized void failWith(RuntimeException e) {
    failure = e;
  }

  @Override
  public synchronized int deleteCreatedBefore(Instant createdBefore, int limit) {
    if (failure != null) {
      throw failure;
    }
    int deleted = 0;
    for (Iterator<Map.Entry<String, Instant>> it = rows.entrySet().iterator(); it.hasNext() && deleted < limit; ) {
      Map.Entry<String, Instant> row = it.next();
      if (row.getValue().isBefore(createdBefore) && !held.contains(row.getKey())) {
        it.remove();
        deleted++;
      }
    }
    batches.add(deleted);
    return deleted;
  }
}
