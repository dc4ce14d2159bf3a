package dev.akmatori.adapter.llm.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReasonsTest {
  @Test
  void wrappedConnectionFailures_becomeShortReasons() {
    RuntimeException wrapped = new RuntimeException("reactor wrapper", new IllegalStateException(new ConnectException()));

    assertThat(Reasons.of(wrapped)).isEqualTo("connection refused");
    assertThat(Reasons.of(new RuntimeException(new HttpConnectTimeoutException("x")))).isEqualTo("connection timed out");
  }

  @Test
  void jsonRpcErrors_nameTheServersMessage() {
    McpError error = new McpError(new McpSchema.JSONRPCResponse.JSONRPCError(-32601, "Method not found"));

    assertThat(Reasons.of(new RuntimeException(error))).isEqualTo("server error: Method not found");
  }

  @Test
  void unknownFailures_useTheRootCauseMessage_orItsType() {
    assertThat(Reasons.of(new RuntimeException("outer", new IllegalArgumentException("inner detail"))))
        .isEqualTo("inner detail");
    assertThat(Reasons.of(new IllegalStateException())).isEqualTo("IllegalStateException");
    assertThat(Reasons.of(new RuntimeException("x".repeat(1000)))).hasSizeLessThan(310);
  }

  @Test
  void timeouts_areSaidInSecondsOrMilliseconds() {
    assertThat(Reasons.timedOut(Duration.ofSeconds(30))).isEqualTo("timed out after 30 s");
    assertThat(Reasons.timedOut(Duration.ofMillis(1500))).isEqualTo("timed out after 1500 ms");
  }
}
