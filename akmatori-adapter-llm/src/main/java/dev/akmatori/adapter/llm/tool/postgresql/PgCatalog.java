package dev.akmatori.adapter.llm.tool.postgresql;

/** The adapter's own statements over the system catalogs and statistics views (PostgreSQL 10+). */
final class PgCatalog {
  private PgCatalog() {}

  static final String LIST_TABLES = """
      SELECT c.relname AS table_name,
             CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'partitioned table' WHEN 'v' THEN 'view'
                  WHEN 'm' THEN 'materialized view' WHEN 'f' THEN 'foreign table' END AS table_type,
             CASE WHEN c.reltuples < 0 THEN NULL ELSE c.reltuples::bigint END AS estimated_rows,
             pg_catalog.pg_total_relation_size(c.oid) AS total_bytes,
             pg_catalog.obj_description(c.oid, 'pg_class') AS description
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
      ORDER BY c.relname
      """;

  static final String TABLE_EXISTS = """
      SELECT c.relkind
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
      """;

  static final String DESCRIBE_TABLE = """
      SELECT a.attname AS column_name,
             pg_catalog.format_type(a.atttypid, a.atttypmod) AS data_type,
             NOT a.attnotnull AS nullable,
             pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS column_default,
             EXISTS (SELECT 1 FROM pg_catalog.pg_index i
                     WHERE i.indrelid = a.attrelid AND i.indisprimary AND a.attnum = ANY (i.indkey)) AS primary_key,
             pg_catalog.col_description(a.attrelid, a.attnum) AS description
      FROM pg_catalog.pg_attribute a
      JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = ? AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum
      """;

  static final String INDEXES = """
      SELECT ic.relname AS index_name,
             pg_catalog.pg_get_indexdef(i.indexrelid) AS definition,
             i.indisunique AS is_unique, i.indisprimary AS is_primary, i.indisvalid AS is_valid,
             pg_catalog.pg_relation_size(i.indexrelid) AS size_bytes,
             s.idx_scan AS scans
      FROM pg_catalog.pg_index i
      JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
      LEFT JOIN pg_catalog.pg_stat_all_indexes s ON s.indexrelid = i.indexrelid
      WHERE n.nspname = ? AND c.relname = ?
      ORDER BY ic.relname
      """;

  /** Parameters: schema twice, table name twice (null for "any"). */
  static final String TABLE_STATS = """
      SELECT s.schemaname AS schema, s.relname AS table_name,
             s.n_live_tup AS live_rows, s.n_dead_tup AS dead_rows,
             pg_catalog.pg_total_relation_size(s.relid) AS total_bytes,
             pg_catalog.pg_relation_size(s.relid) AS table_bytes,
             pg_catalog.pg_indexes_size(s.relid) AS index_bytes,
             s.seq_scan, s.seq_tup_read, s.idx_scan, s.idx_tup_fetch,
             s.n_tup_ins AS rows_inserted, s.n_tup_upd AS rows_updated, s.n_tup_del AS rows_deleted,
             s.n_tup_hot_upd AS rows_hot_updated,
             s.last_vacuum, s.last_autovacuum, s.last_analyze, s.last_autoanalyze,
             s.vacuum_count, s.autovacuum_count, s.analyze_count, s.autoanalyze_count
      FROM pg_catalog.pg_stat_user_tables s
      WHERE (CAST(? AS text) IS NULL OR s.schemaname = ?)
        AND (CAST(? AS text) IS NULL OR s.relname = ?)
      ORDER BY pg_catalog.pg_total_relation_size(s.relid) DESC, s.schemaname, s.relname
      """;

  /** Parameters: include idle, minimum seconds twice (null for none). */
  static final String ACTIVE_QUERIES = """
      SELECT a.pid, a.usename AS user_name, a.datname AS database, a.application_name,
             pg_catalog.host(a.client_addr) AS client_addr, a.backend_type, a.state,
             a.wait_event_type, a.wait_event, a.xact_start, a.query_start,
             round(EXTRACT(EPOCH FROM (clock_timestamp() - a.query_start))::numeric, 3) AS duration_seconds,
             pg_catalog.pg_blocking_pids(a.pid) AS blocked_by,
             a.query
      FROM pg_catalog.pg_stat_activity a
      WHERE a.pid <> pg_catalog.pg_backend_pid()
        AND (? OR (a.state IS NOT NULL AND a.state <> 'idle'))
        AND (CAST(? AS double precision) IS NULL
             OR a.query_start <= clock_timestamp() - make_interval(secs => CAST(? AS double precision)))
      ORDER BY a.query_start NULLS LAST, a.pid
      """;

  /** Parameter: blocked only. */
  static final String LOCKS = """
      SELECT l.pid, a.usename AS user_name, a.datname AS database, l.locktype, l.mode, l.granted,
             CASE WHEN l.relation IS NOT NULL THEN l.relation::regclass::text END AS relation,
             l.transactionid::text AS transaction_id, l.virtualxid AS virtual_xid,
             pg_catalog.pg_blocking_pids(l.pid) AS blocked_by,
             a.state, a.wait_event_type, a.wait_event, a.query_start, a.query
      FROM pg_catalog.pg_locks l
      LEFT JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
      WHERE l.pid IS DISTINCT FROM pg_catalog.pg_backend_pid()
        AND (NOT ? OR NOT l.granted
             OR l.pid IN (SELECT unnest(pg_catalog.pg_blocking_pids(w.pid))
                          FROM pg_catalog.pg_locks w WHERE NOT w.granted))
      ORDER BY l.granted, l.pid, l.locktype, l.mode
      """;

  static final String RECOVERY = """
      SELECT pg_catalog.pg_is_in_recovery() AS in_recovery,
             CASE WHEN NOT pg_catalog.pg_is_in_recovery() THEN pg_catalog.pg_current_wal_lsn()::text END AS current_wal_lsn,
             CASE WHEN pg_catalog.pg_is_in_recovery() THEN pg_catalog.pg_last_wal_receive_lsn()::text END AS last_receive_lsn,
             CASE WHEN pg_catalog.pg_is_in_recovery() THEN pg_catalog.pg_last_wal_replay_lsn()::text END AS last_replay_lsn,
             CASE WHEN pg_catalog.pg_is_in_recovery() THEN pg_catalog.pg_last_xact_replay_timestamp() END AS last_replay_timestamp
      """;

  static final String REPLICAS = """
      SELECT r.pid, r.usename AS user_name, r.application_name, pg_catalog.host(r.client_addr) AS client_addr,
             r.state, r.sync_state, r.sent_lsn::text AS sent_lsn, r.write_lsn::text AS write_lsn,
             r.flush_lsn::text AS flush_lsn, r.replay_lsn::text AS replay_lsn,
             r.write_lag::text AS write_lag, r.flush_lag::text AS flush_lag, r.replay_lag::text AS replay_lag,
             CASE WHEN NOT pg_catalog.pg_is_in_recovery()
                  THEN pg_catalog.pg_wal_lsn_diff(pg_catalog.pg_current_wal_lsn(), r.replay_lsn) END AS replay_lag_bytes,
             r.backend_start
      FROM pg_catalog.pg_stat_replication r
      ORDER BY r.application_name, r.pid
      """;

  /** Every column, whatever the server version names them (conninfo is already obfuscated). */
  static final String WAL_RECEIVER = "SELECT * FROM pg_catalog.pg_stat_wal_receiver";

  static final String SLOTS = """
      SELECT s.slot_name, s.slot_type, s.database, s.active, s.active_pid,
             s.restart_lsn::text AS restart_lsn, s.confirmed_flush_lsn::text AS confirmed_flush_lsn,
             CASE WHEN NOT pg_catalog.pg_is_in_recovery()
                  THEN pg_catalog.pg_wal_lsn_diff(pg_catalog.pg_current_wal_lsn(), s.restart_lsn) END AS retained_wal_bytes
      FROM pg_catalog.pg_replication_slots s
      ORDER BY s.slot_name
      """;

  static final String DATABASE_STATS = """
      SELECT d.datname AS database,
             CASE WHEN pg_catalog.has_database_privilege(d.datid, 'CONNECT')
                  THEN pg_catalog.pg_database_size(d.datid) END AS size_bytes,
             d.numbackends AS connections,
             pg_catalog.current_setting('max_connections')::int AS max_connections,
             d.xact_commit AS commits, d.xact_rollback AS rollbacks,
             d.blks_read AS blocks_read, d.blks_hit AS blocks_hit,
             round(100.0 * d.blks_hit / NULLIF(d.blks_hit + d.blks_read, 0), 2) AS cache_hit_percent,
             d.tup_returned AS rows_returned, d.tup_fetched AS rows_fetched,
             d.tup_inserted AS rows_inserted, d.tup_updated AS rows_updated, d.tup_deleted AS rows_deleted,
             d.conflicts, d.temp_files, d.temp_bytes, d.deadlocks, d.stats_reset
      FROM pg_catalog.pg_stat_database d
      WHERE d.datname IS NOT NULL
      ORDER BY d.datname
      """;
}
