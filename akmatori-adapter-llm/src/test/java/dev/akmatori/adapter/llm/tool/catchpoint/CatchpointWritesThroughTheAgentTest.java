package dev.akmatori.adapter.llm.tool.catchpoint;

import static dev.akmatori.application.investigation.testing.ScriptedChatModel.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.adapter.llm.http.ModelTransports;
import dev.akmatori.adapter.llm.testing.FixedRuntimeSettings;
import dev.akmatori.adapter.llm.testing.TestServers;
import dev.akmatori.adapter.llm.tool.integration.IntegrationHttp;
import dev.akmatori.application.investigation.RunOutcome;
import dev.akmatori.application.investigation.agent.AgentLoop;
import dev.akmatori.application.investigation.function.AgentPorts;
import dev.akmatori.application.investigation.testing.AgentHarness;
import dev.akmatori.application.investigation.testing.TestJsonCodec;
import dev.akmatori.application.investigation.tool.ToolGateway;
import dev.akmatori.application.investigation.tool.ToolInvokers;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Catchpoint W operations as the agent runs them (§5.4): {@code call_tool} through the gateway
 * to the real invoker and a loopback Catchpoint. Refused without {@code allow_write_operations};
 * when allowed, the write runs and its {@code tool_call} event records the tool, instance and
 * arguments — and never the token.
 */
class CatchpointWritesThroughTheAgentTest {
  private final AgentHarness h = new AgentHarness();
  private final MockWebServer catchpoint = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    TestServers.start(catchpoint);
  }

  @AfterEach
  void stop() {
    catchpoint.close();
  }

  private RunOutcome run(boolean writes, Map<String, Object> toolCall) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("catchpoint_url", catchpoint.url("/api").toString());
    settings.put("catchpoint_api_token", CatchpointToolInvokerTest.TOKEN);
    settings.put("allow_write_operations", writes);
    h.allowlist.builtin(1, "cp-prod", "catchpoint", settings);
    CatchpointToolInvoker invoker =
        new CatchpointToolInvoker(new IntegrationHttp(ModelTransports.defaultClient(), new FixedRuntimeSettings()));
    ToolGateway gateway = new ToolGateway(h.allowlist, new ToolInvokers(Map.of("catchpoint", invoker), h.invoker), h.mcp);
    AgentLoop loop = new AgentLoop(h.settings, h.model,
        new AgentPorts(h.runbooks, h.skills, h.contextFiles, h.workspace, gateway, h.scripts),
        new TestJsonCodec(), h.clock, h.limits);
    h.model.thenCall(call("c1", "call_tool", toolCall)).thenAnswer("done");
    return loop.run(h.investigation("INC-42: checkout latency"), h.recorder, h.cancellation, h.shutdown);
  }

  @Test
  void withoutAllowWriteOperations_theWriteIsRefused_recorded_andNeverSent() {
    Map<String, Object> arguments = Map.of("alert_ids", List.of("5038562901_1774606200"), "action", "acknowledge");

    RunOutcome outcome = run(false, Map.of("name", "catchpoint.acknowledge_alerts", "arguments", arguments));

    assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.COMPLETED);
    assertThat(h.recorder.toolCalls()).singleElement().satisfies(event -> assertThat(event)
        .containsEntry("name", "catchpoint.acknowledge_alerts")
        .containsEntry("arguments", arguments)
        .containsEntry("success", false)
        .containsEntry("error", "operation 'catchpoint.acknowledge_alerts' writes to the target and is disabled"
            + " for instance 'cp-prod'"));
    assertThat(catchpoint.getRequestCount()).isZero();
  }

  @Test
  void withAllowWriteOperations_theWriteRuns_andItsEventRecordsTheArguments() throws Exception {
    catchpoint.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body("{\"data\":{\"id\":88412,\"instantTestNodes\":[{\"instantTestStatus\":\"Queued\",\"id\":1083}]},"
            + "\"messages\":null,\"errors\":null,\"completed\":true}").build());

    RunOutcome outcome = run(true, Map.of("name", "catchpoint.run_instant_test", "instance", "cp-prod",
        "arguments", Map.of("test_id", "1234567")));

    assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.COMPLETED);
    RecordedRequest request = catchpoint.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v2/instanttests/1234567");
    assertThat(h.recorder.toolCalls()).singleElement().satisfies(event -> {
      assertThat(event).containsEntry("name", "catchpoint.run_instant_test")
          .containsEntry("instance", "cp-prod")
          .containsEntry("arguments", Map.of("test_id", "1234567"))
          .containsEntry("success", true);
      assertThat((String) event.get("output")).contains("88412");
      assertThat(event.toString()).doesNotContain(CatchpointToolInvokerTest.TOKEN);
    });
  }
}
