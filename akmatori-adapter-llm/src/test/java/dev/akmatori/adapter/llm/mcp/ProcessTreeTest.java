package dev.akmatori.adapter.llm.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The cleanup and the leak detector the real-server tests rely on. */
class ProcessTreeTest {
  private final String marker = UUID.randomUUID().toString();

  private Process shellWithChildren(String script) throws IOException {
    ProcessBuilder builder = new ProcessBuilder("sh", "-c", script);
    builder.environment().put(Leftovers.VARIABLE, marker);
    return builder.start();
  }

  @Test
  void terminate_stopsTheProcessAndEveryDescendant_evenOnesThatIgnoreSigterm() throws Exception {
    Process shell = shellWithChildren("sleep 300 & (trap '' TERM; sleep 300) & wait");
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (Leftovers.find(marker).size() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(Leftovers.find(marker)).as("the shell and its sleeping children").hasSizeGreaterThanOrEqualTo(3);

    ProcessTree.terminate(shell, Duration.ofMillis(500));

    assertThat(shell.isAlive()).isFalse();
    assertThat(Leftovers.find(marker)).isEmpty();
  }
}
