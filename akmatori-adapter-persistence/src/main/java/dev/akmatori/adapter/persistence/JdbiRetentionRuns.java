package dev.akmatori.adapter.persistence;

import dev.akmatori.application.retention.RetentionRuns;
import dev.akmatori.domain.retention.RetentionRun;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * Cleanup runs in {@code retention_runs} and their lease in the {@code retention_cleanup} row of
 * {@code job_leases} (ADR 0019). The claim is one conditional UPDATE of that row: concurrent
 * claimers queue on its row lock and each re-checks the condition against the committed row, on
 * PostgreSQL and H2 alike, so at most one of them succeeds. Only the newest {@link #KEPT_RUNS} runs
 * are kept.
 */
final class JdbiRetentionRuns implements RetentionRuns {
  static final String JOB = "retention_cleanup";
  static final int KEPT_RUNS = 100;
  private static final String CLAIM =
      """
      UPDATE job_leases SET owner = :owner, expires_at = :until, last_started_at = :now
      WHERE job = :job AND (owner IS NULL OR expires_at < :now OR owner = :owner)""";
  private static final String DUE = "\nAND (last_started_at IS NULL OR last_started_at <= :due)";
  private static final String START = "INSERT INTO retention_runs (owner, started_at) VALUES (:owner, :now)";
  private static final String RENEW = "UPDATE job_leases SET expires_at = :until WHERE job = :job AND owner = :owner";
  private static final String FINISH =
      """
      UPDATE retention_runs
      SET finished_at = :finishedAt, incidents_deleted = :deleted, orphan_dirs_removed = :orphans,
          bytes_freed = :bytes, errors = :errors
      WHERE id = :id""";
  private static final String RELEASE =
      "UPDATE job_leases SET owner = NULL, expires_at = NULL WHERE job = :job AND owner = :owner";
  private static final String PRUNE =
      """
      DELETE FROM retention_runs WHERE id NOT IN (
          SELECT id FROM (SELECT id FROM retention_runs ORDER BY started_at DESC, id DESC LIMIT :kept) newest)""";
  private static final String LATEST =
      """
      SELECT started_at, finished_at, incidents_deleted, orphan_dirs_removed, bytes_freed, errors
      FROM retention_runs
      ORDER BY started_at DESC, id DESC
      LIMIT 1""";

  private final Jdbi jdbi;

  JdbiRetentionRuns(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Long> claim(Claim claim) {
    return jdbi.inTransaction(h -> {
      Update update = h.createUpdate(CLAIM + (claim.previousStartNotAfter().isPresent() ? DUE : ""))
          .bind("owner", claim.owner())
          .bind("until", Timestamps.bind(claim.leaseUntil()))
          .bind("now", Timestamps.bind(claim.now()))
          .bind("job", JOB);
      claim.previousStartNotAfter().ifPresent(due -> update.bind("due", Timestamps.bind(due)));
      if (update.execute() != 1) {
        return Optional.<Long>empty();
      }
      return Optional.of(h.createUpdate(START)
          .bind("owner", claim.owner())
          .bind("now", Timestamps.bind(claim.now()))
          .executeAndReturnGeneratedKeys("id")
          .mapTo(Long.class)
          .one());
    });
  }

  @Override
  public boolean renew(String owner, Instant leaseUntil) {
    return jdbi.withHandle(h -> h.createUpdate(RENEW)
        .bind("until", Timestamps.bind(leaseUntil)).bind("job", JOB).bind("owner", owner).execute() == 1);
  }

  @Override
  public void finish(long runId, String owner, RetentionRun outcome) {
    jdbi.useTransaction(h -> {
      h.createUpdate(FINISH)
          .bind("finishedAt", Timestamps.bind(outcome.finishedAt()))
          .bind("deleted", outcome.incidentsDeleted())
          .bind("orphans", outcome.orphanDirsRemoved())
          .bind("bytes", outcome.bytesFreed())
          .bind("errors", JsonWriter.write(outcome.errors()))
          .bind("id", runId)
          .execute();
      h.createUpdate(RELEASE).bind("job", JOB).bind("owner", owner).execute();
      h.createUpdate(PRUNE).bind("kept", KEPT_RUNS).execute();
    });
  }

  @Override
  public RetentionRun latest() {
    return jdbi.withHandle(h -> h.createQuery(LATEST).map((rs, ctx) -> run(rs)).findOne())
        .orElse(RetentionRun.NEVER);
  }

  private static RetentionRun run(ResultSet rs) throws SQLException {
    List<String> errors = ((List<?>) JsonText.parse(rs.getString("errors"))).stream().map(String::valueOf).toList();
    return new RetentionRun(
        Timestamps.read(rs, "started_at"),
        Timestamps.read(rs, "finished_at"),
        rs.getLong("incidents_deleted"),
        rs.getLong("orphan_dirs_removed"),
        rs.getLong("bytes_freed"),
        errors);
  }
}
