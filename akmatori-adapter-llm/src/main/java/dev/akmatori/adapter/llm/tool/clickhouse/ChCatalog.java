package dev.akmatori.adapter.llm.tool.clickhouse;

/**
 * The adapter's own queries over ClickHouse's system tables. Values come in as query parameters
 * ({@code {name:Type}}); an empty string parameter means "any".
 */
final class ChCatalog {
  private ChCatalog() {}

  static final String DATABASES = "SELECT name, engine FROM system.databases ORDER BY name";

  static final String TABLES = """
      SELECT name, engine, total_rows, total_bytes, metadata_modification_time
      FROM system.tables
      WHERE database = {database:String}
      ORDER BY name
      """;

  static final String COLUMNS = """
      SELECT name, type, default_kind, default_expression, comment, is_in_primary_key, is_in_sorting_key
      FROM system.columns
      WHERE database = {database:String} AND table = {table:String}
      ORDER BY position
      """;

  /** The last day of finished (or failed) queries, newest first. */
  static final String QUERY_LOG = """
      SELECT event_time, query_duration_ms, type, query_kind, user, query_id, read_rows, read_bytes,
             result_rows, memory_usage, exception_code, exception, query
      FROM system.query_log
      WHERE event_time >= now() - INTERVAL 1 DAY AND type != 'QueryStart'
        AND query_duration_ms >= {min_duration_ms:UInt64}
        AND ({query_kind:String} = '' OR query_kind = {query_kind:String})
      ORDER BY event_time DESC
      LIMIT {limit:UInt32}
      """;

  static final String PROCESSES = """
      SELECT query_id, user, elapsed, read_rows, read_bytes, total_rows_approx, memory_usage, query
      FROM system.processes
      WHERE elapsed >= {min_elapsed_seconds:Float64}
      ORDER BY elapsed DESC
      """;

  static final String MERGES = """
      SELECT database, table, elapsed, progress, num_parts, result_part_name, is_mutation,
             total_size_bytes_compressed, rows_read, rows_written, memory_usage
      FROM system.merges
      WHERE ({database:String} = '' OR database = {database:String})
        AND ({table:String} = '' OR table = {table:String})
      ORDER BY elapsed DESC
      """;

  static final String REPLICAS = """
      SELECT database, table, is_leader, is_readonly, is_session_expired, absolute_delay, queue_size,
             inserts_in_queue, merges_in_queue, log_pointer, total_replicas, active_replicas,
             last_queue_update, zookeeper_exception
      FROM system.replicas
      WHERE ({database:String} = '' OR database = {database:String})
        AND ({table:String} = '' OR table = {table:String})
      ORDER BY database, table
      """;

  /** Parts per partition: too many small parts is a classic ClickHouse incident. */
  static final String PARTS = """
      SELECT partition, count() AS parts, countIf(active) AS active_parts, sum(rows) AS rows,
             sum(bytes_on_disk) AS bytes_on_disk, max(modification_time) AS last_modified
      FROM system.parts
      WHERE database = {database:String} AND table = {table:String}
        AND ({active_only:UInt8} = 0 OR active)
      GROUP BY partition
      ORDER BY partition
      """;

  static final String CLUSTERS = """
      SELECT cluster, shard_num, shard_weight, replica_num, host_name, host_address, port, is_local,
             errors_count
      FROM system.clusters
      WHERE {cluster:String} = '' OR cluster = {cluster:String}
      ORDER BY cluster, shard_num, replica_num
      """;
}
