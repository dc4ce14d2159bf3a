package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.mcp.McpServerSpec;
import java.util.concurrent.atomic.AtomicInteger;

/** The real connector, counting the connects it was asked for. */
final class CountingConnector implements McpConnector {
  private final SdkMcpConnector real = new SdkMcpConnector(System.getenv());
  private final AtomicInteger connects = new AtomicInteger();

  @Override
  public McpConnection connect(McpServerSpec spec, Deadline deadline, Cancellation cancellation) {
    connects.incrementAndGet();
    return real.connect(spec, deadline, cancellation);
  }

  @Override
  public void shutdown() {
    real.shutdown();
  }

  int connects() {
    return connects.get();
  }
}
