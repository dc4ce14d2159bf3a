package dev.akmatori.adapter.llm.mcp;

/**
 * One caller's use of a pooled connection, from acquire to {@link #release()} (call it in a
 * {@code finally}). Not thread-safe: it belongs to the calling thread.
 */
final class Lease {
  private final McpConnectionPool pool;
  private final PooledConnection pooled;
  private final McpConnection connection;
  private boolean released;

  Lease(McpConnectionPool pool, PooledConnection pooled, McpConnection connection) {
    this.pool = pool;
    this.pooled = pooled;
    this.connection = connection;
  }

  McpConnection connection() {
    return connection;
  }

  /** No one else gets this connection; it closes when the last lease on it is released. */
  void retire() {
    pool.retire(pooled);
  }

  void release() {
    if (!released) {
      released = true;
      pool.release(pooled);
    }
  }
}
