package dev.akmatori.adapter.llm.mcp;

/**
 * One caller's use of a pooled connection, from acquire to {@link #release()} (call it in a
 * {@code finally}). Not thread-safe: it belongs to the calling thread.
 */
final class Lease {
  private final McpConnectionPool pool;
  private final PooledConnection pooled;
  private final McpConnection connection;
  private final boolean fresh;
  private boolean released;

  Lease(McpConnectionPool pool, PooledConnection pooled, McpConnection connection, boolean fresh) {
    this.pool = pool;
    this.pooled = pooled;
    this.connection = connection;
    this.fresh = fresh;
  }

  McpConnection connection() {
    return connection;
  }

  /** True when this lease waited for a new connect (not a connection opened for earlier callers). */
  boolean fresh() {
    return fresh;
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
