package dev.akmatori.application.alertsource;

import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.alertsource.AlertSourceId;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The alert sources webhooks were posted to, with their clear secrets, kept for {@link #TTL} so a
 * busy webhook does not read and decrypt its source on every request (ADR 0025).
 *
 * <p>The staleness rule: a change made through this process is seen at once (the service evicts the
 * entry after its write). A change made at another replica sharing the database is seen within
 * {@link #TTL}, and only in the accepting direction: callers re-read the store before rejecting a
 * webhook on what a cached entry said (disabled, wrong secret), so a re-enabled source or a rotated
 * secret works at once everywhere; a disabled or deleted source, an old secret or old field
 * mappings may still be accepted by another replica for up to {@link #TTL}, as if the webhook had
 * arrived that much earlier. Unknown uuids are never cached.
 *
 * <p>A load that overlaps an eviction is never served: each eviction bumps a generation, each entry
 * carries the generation seen before its read began, and an entry of an older generation is read
 * again (so any eviction has every cached source read once more; changes to sources are rare).
 * Thread-safe.
 */
final class WebhookSourceCache {
  /** How long another replica's change may go unseen here. */
  static final Duration TTL = Duration.ofSeconds(1);
  /** More sources than this (a lot of webhooks) empties the cache instead of growing it. */
  static final int MAX_ENTRIES = 1_000;

  private record Entry(AlertSource source, long loadedAt, long generation) {}

  private final Map<AlertSourceId, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final LongSupplier nanoTime;

  /** {@code nanoTime} is the monotonic clock the entries age by ({@code System::nanoTime}). */
  WebhookSourceCache(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /** The cached source when it is younger than {@link #TTL}, else what {@code load} reads now. */
  Optional<AlertSource> get(AlertSourceId id, Function<AlertSourceId, Optional<AlertSource>> load) {
    Entry entry = entries.get(id);
    if (entry != null && entry.generation() == generation.get()
        && nanoTime.getAsLong() - entry.loadedAt() < TTL.toNanos()) {
      return Optional.of(entry.source());
    }
    return reload(id, load);
  }

  /** What {@code load} reads now, remembered for the next {@link #TTL}. */
  Optional<AlertSource> reload(AlertSourceId id, Function<AlertSourceId, Optional<AlertSource>> load) {
    long seen = generation.get();
    long loadedAt = nanoTime.getAsLong();
    Optional<AlertSource> found = load.apply(id);
    if (found.isEmpty()) {
      entries.remove(id);
    } else {
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
      entries.put(id, new Entry(found.get(), loadedAt, seen));
    }
    return found;
  }

  /** Forgets {@code id}; a load already under way when this is called is not stored. */
  void evict(AlertSourceId id) {
    generation.incrementAndGet();
    entries.remove(id);
  }
}
