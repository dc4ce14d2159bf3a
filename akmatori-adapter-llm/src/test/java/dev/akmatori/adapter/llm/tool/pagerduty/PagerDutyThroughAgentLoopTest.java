package dev.akmatori.adapter.llm.tool.pagerduty;

import static dev.akmatori.application.investigation.testing.ScriptedChatModel.call;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.akmatori.adapter.llm.http.ModelTransports;
import dev.akmatori.adapter.llm.testing.Fixtures;
import dev.akmatori.adapter.llm.testing.FixedRuntimeSettings;
import dev.akmatori.adapter.llm.testing.TestServers;
import dev.akmatori.adapter.llm.tool.integration.IntegrationHttp;
import dev.akmatori.adapter.llm.tool.integration.Json;
import dev.akmatori.application.investigation.RunOutcome;
import dev.akmatori.application.investigation.agent.AgentLoop;
import dev.akmatori.application.investigation.function.AgentPorts;
import dev.akmatori.application.investigation.testing.AgentHarness;
import dev.akmatori.application.investigation.testing.TestJsonCodec;
import dev.akmatori.application.investigation.tool.ToolGateway;
import dev.akmatori.application.investigation.tool.ToolInvokers;
import dev.akmatori.application.model.ChatMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.slf4j.LoggerFactory;

/**
 * {@code call_tool("pagerduty.…")} the way an investigation runs it: the agent loop, the gateway's
 * allowlist and write switch (§5.4), the real invoker against a loopback PagerDuty, and the {@code
 * tool_call} event each call records (§5.7). The token shows up in no event, no message to the
 * model and no log line.
 */
class PagerDutyThroughAgentLoopTest {
  private static final String TOKEN = "u+Zx8yW7vU6tS5rQ4pO3";
  private static final String INCIDENT = "Q2K8VZ1XJ3N4MA";
  private static final Map<String, Object> ACKNOWLEDGE =
      Map.of("incident_id", INCIDENT, "requester_email", "dana.ops@acme.test");

  private final MockWebServer pagerduty = new MockWebServer();
  private final AgentHarness h = new AgentHarness();
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
  private Level rootLevel;

  @BeforeEach
  void start() throws IOException {
    TestServers.start(pagerduty);
    logs.start();
    root.addAppender(logs);
    rootLevel = root.getLevel();
    root.setLevel(Level.DEBUG);
  }

  @AfterEach
  void stop() {
    root.setLevel(rootLevel);
    root.detachAppender(logs);
    pagerduty.close();
  }

  private void allow(boolean writes) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("pagerduty_url", pagerduty.url("/").toString());
    settings.put("pagerduty_api_token", TOKEN);
    settings.put("allow_write_operations", writes);
    h.allowlist.builtin(1, "pd-prod", "pagerduty", settings);
  }

  /** The harness's loop, with the real PagerDuty invoker serving the {@code pagerduty} type. */
  private RunOutcome run() {
    PagerDutyToolInvoker invoker =
        new PagerDutyToolInvoker(new IntegrationHttp(ModelTransports.defaultClient(), new FixedRuntimeSettings()));
    ToolGateway gateway = new ToolGateway(h.allowlist, new ToolInvokers(Map.of("pagerduty", invoker), h.invoker), h.mcp);
    AgentPorts ports = new AgentPorts(h.runbooks, h.skills, h.contextFiles, h.workspace, gateway, h.scripts);
    AgentLoop loop = new AgentLoop(h.settings, h.model, ports, new TestJsonCodec(), h.clock, h.limits);
    RunOutcome outcome = loop.run(h.investigation("Disk full on web-01"), h.recorder, h.cancellation, h.shutdown);
    assertNoTokenAnywhere();
    return outcome;
  }

  private void assertNoTokenAnywhere() {
    assertThat(Json.write(h.recorder.toolCalls())).doesNotContain(TOKEN);
    h.model.requests().forEach(request -> request.messages().stream().map(ChatMessage::text)
        .forEach(text -> assertThat(String.valueOf(text)).doesNotContain(TOKEN)));
    // A copy under the appender's lock: with the root logger at DEBUG, any thread left from an earlier
    // test in this JVM may append while the list is read.
    List<ILoggingEvent> events;
    synchronized (logs) {
      events = new ArrayList<>(logs.list);
    }
    for (ILoggingEvent event : events) {
      assertThat(event.getFormattedMessage()).doesNotContain(TOKEN);
      if (event.getThrowableProxy() != null) {
        assertThat(String.valueOf(event.getThrowableProxy().getMessage())).doesNotContain(TOKEN);
      }
    }
  }

  /** The text of the tool message the model received for the first call. */
  private String toolResult() {
    List<ChatMessage> messages = h.model.requests().get(1).messages();
    return messages.get(messages.size() - 1).text();
  }

  @Test
  void aWrite_onAnInstanceWithoutTheWriteSwitch_isRefusedUnsent_andItsEventSaysWhy() {
    allow(false);
    h.model.thenCall(call("c1", "call_tool", Map.of("name", "pagerduty.acknowledge_incident",
        "arguments", ACKNOWLEDGE))).thenAnswer("Could not acknowledge.");

    assertThat(run().kind()).isEqualTo(RunOutcome.Kind.COMPLETED);

    String refusal = "operation 'pagerduty.acknowledge_incident' writes to the target and is disabled for"
        + " instance 'pd-prod'";
    assertThat(pagerduty.getRequestCount()).isZero();
    assertThat(toolResult()).isEqualTo("{\"error\":\"" + refusal + "\"}");
    assertThat(h.recorder.toolCalls()).singleElement().satisfies(event -> assertThat(event)
        .containsEntry("name", "pagerduty.acknowledge_incident").containsEntry("arguments", ACKNOWLEDGE)
        .containsEntry("success", false).containsEntry("error", refusal));
  }

  @Test
  void aWrite_onAnInstanceWithTheWriteSwitch_runs_andIsRecordedWithItsArguments() throws Exception {
    allow(true);
    pagerduty.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body(Fixtures.read("pagerduty/incident-acknowledged.json")).build());
    h.model.thenCall(call("c1", "call_tool", Map.of("name", "pagerduty.acknowledge_incident",
        "arguments", ACKNOWLEDGE, "instance", "pd-prod"))).thenAnswer("Acknowledged.");

    assertThat(run().kind()).isEqualTo(RunOutcome.Kind.COMPLETED);

    RecordedRequest request = pagerduty.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getHeaders().get("From")).isEqualTo("dana.ops@acme.test");
    assertThat(request.getBody().string(StandardCharsets.UTF_8))
        .isEqualTo("{\"incident\":{\"type\":\"incident_reference\",\"status\":\"acknowledged\"}}");
    assertThat(h.recorder.toolCalls()).singleElement().satisfies(event -> {
      assertThat(event).containsEntry("name", "pagerduty.acknowledge_incident").containsEntry("instance", "pd-prod")
          .containsEntry("arguments", ACKNOWLEDGE).containsEntry("success", true);
      assertThat((String) event.get("output")).contains("\"status\":\"acknowledged\"");
      assertThat(event.get("error")).isNull();
    });
  }

  @Test
  void aMissingRequiredArgument_isAnErrorResult_andNothingIsSent() {
    allow(true);
    h.model.thenCall(call("c1", "call_tool", Map.of("name", "pagerduty.add_incident_note",
        "arguments", ACKNOWLEDGE))).thenAnswer("done");

    run();

    assertThat(pagerduty.getRequestCount()).isZero();
    assertThat(toolResult()).isEqualTo("{\"error\":\"invalid arguments: content: is required\"}");
    assertThat(h.recorder.toolCalls()).singleElement().satisfies(event -> assertThat(event)
        .containsEntry("success", false).containsEntry("error", "invalid arguments: content: is required"));
  }

  @Test
  void aRejectedToken_isAnErrorResult_thatDoesNotRepeatTheToken() {
    allow(false);
    pagerduty.enqueue(new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
        .body(Fixtures.read("pagerduty/error-401.json")).build());
    h.model.thenCall(call("c1", "call_tool", Map.of("name", "pagerduty.get_incidents",
        "arguments", Map.of("statuses", List.of("triggered"))))).thenAnswer("done");

    run();

    String error = "401 Authentication failed (PagerDuty error 2006); check the instance's pagerduty_api_token";
    assertThat(toolResult()).isEqualTo("{\"error\":\"" + error + "\"}");
    assertThat(h.recorder.toolCalls()).singleElement().satisfies(event -> assertThat(event)
        .containsEntry("name", "pagerduty.get_incidents").containsEntry("success", false).containsEntry("error", error));
  }
}
