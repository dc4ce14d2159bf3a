package dev.akmatori.adapter.llm.mcp;

import java.util.concurrent.CompletableFuture;

/** A transport that can tell, before any request times out, that its server is gone for good. */
interface EndAware {
  /** Completes with a short reason (no secrets) when the connection failed or the server ended. */
  CompletableFuture<String> ended();

  /**
   * True when the end came from the server's settings rather than from the server, so trying again
   * cannot help (a stdio command that cannot be started); set before {@link #ended()} completes.
   */
  default boolean endedByItsSettings() {
    return false;
  }
}
