package dev.akmatori.application.skill;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The {@code incident-manager} prompt that each new workspace's {@code AGENTS.md} carries (contract
 * §5.3), kept for up to {@link #TTL} so that creating an incident (over the API or from an alert)
 * does not read the system skill on every request (ADR 0028).
 *
 * <p>The staleness rule: a change made through this process is seen at once, because every write
 * of the skill repository evicts the cached prompt ({@link ObservedSkillRepository}). A change made
 * at another replica sharing the database reaches the {@code AGENTS.md} of incidents created here
 * within {@link #TTL}, as if they had been created that much earlier. The run's system prompt is
 * never taken from here: it is read fresh at the start of every run.
 *
 * <p>A load that overlaps an eviction is not kept: each entry carries the generation seen before
 * its read began, and an eviction moves the generation on. Thread-safe.
 */
public final class RootPromptCache {
  /** How long another replica's change may go unseen here. */
  public static final Duration TTL = Duration.ofSeconds(1);

  private record Entry(String prompt, long loadedAt, long generation) {}

  private final AtomicReference<Entry> entry = new AtomicReference<>();
  private final AtomicLong generation = new AtomicLong();
  private final LongSupplier nanoTime;
  private final long ttlNanos;

  /** {@code nanoTime} is the monotonic clock the entry ages by ({@code System::nanoTime}). */
  public RootPromptCache(LongSupplier nanoTime) {
    this(nanoTime, TTL);
  }

  private RootPromptCache(LongSupplier nanoTime, Duration ttl) {
    this.nanoTime = nanoTime;
    this.ttlNanos = ttl.toNanos();
  }

  /** A cache that keeps nothing: every call reads. */
  public static RootPromptCache none() {
    return new RootPromptCache(System::nanoTime, Duration.ZERO);
  }

  /** The kept prompt while it is younger than {@link #TTL} and nothing was written since, else what {@code load} reads now. */
  String get(Supplier<String> load) {
    long seen = generation.get();
    Entry kept = entry.get();
    long now = nanoTime.getAsLong();
    if (kept != null && kept.generation() == seen && now - kept.loadedAt() < ttlNanos) {
      return kept.prompt();
    }
    String prompt = load.get();
    if (ttlNanos > 0) {
      entry.set(new Entry(prompt, now, seen));
    }
    return prompt;
  }

  /** Forgets the kept prompt; a load already under way when this is called is not kept either. */
  public void evict() {
    generation.incrementAndGet();
    entry.set(null);
  }
}
