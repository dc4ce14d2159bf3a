package dev.akmatori.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code full_log} rendered from events (contract §5.6). */
class FullLogTest {
  private static Map.Entry<EventType, Map<String, Object>> status(IncidentStatus s, IncidentStatus previous, String error) {
    return Map.entry(EventType.STATUS, IncidentEvents.status(s, previous, error));
  }

  private static Map.Entry<EventType, Map<String, Object>> log(String text) {
    return Map.entry(EventType.LOG, IncidentEvents.log(text));
  }

  private static Map.Entry<EventType, Map<String, Object>> tool(Map<String, Object> data) {
    return Map.entry(EventType.TOOL_CALL, data);
  }

  @Test
  void aPendingApiIncident_showsTheTaskHeaderAndAnEmptyExecutionLog() {
    Incident incident = TestIncidents.api("Check disk on web-1", IncidentStatus.PENDING);
    List<IncidentEvent> events = TestIncidents.numbered(List.of(status(IncidentStatus.PENDING, null, null)));

    assertThat(FullLog.render(incident, events))
        .isEqualTo("API Incident Task:\nCheck disk on web-1\n\n--- Execution Log ---\n\n");
  }

  @Test
  void aCompletedRun_rendersTextToolCallsAndTheFinalResponse() {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("query", "disk full");
    args.put("limit", 3);
    Incident incident = incident(IncidentStatus.COMPLETED, "Disk is 97% full.", null);
    List<IncidentEvent> events =
        TestIncidents.numbered(
            List.of(
                status(IncidentStatus.PENDING, null, null),
                status(IncidentStatus.RUNNING, IncidentStatus.PENDING, null),
                log("Let me search the runbooks."),
                tool(TestIncidents.toolCall("search_runbooks", args, true, 12, "[{\"id\":1}]", null)),
                Map.entry(EventType.RESPONSE, IncidentEvents.response("Disk is 97% full.", 10, 20, 2)),
                status(IncidentStatus.COMPLETED, IncidentStatus.RUNNING, null)));

    assertThat(FullLog.render(incident, events))
        .isEqualTo(
            "API Incident Task:\nCheck disk\n\n--- Execution Log ---\n\n"
                + "Let me search the runbooks.\n"
                + "Running: search_runbooks {\"query\":\"disk full\",\"limit\":3}\n"
                + "Ran: search_runbooks (12 ms)\n"
                + "Output:\n[{\"id\":1}]\n"
                + "\n--- Final Response ---\nDisk is 97% full.");
  }

  @Test
  void aFailedCall_showsItsErrorInline_andAnEmptyOutputIsOmitted() {
    Incident incident = incident(IncidentStatus.RUNNING, "", null);
    List<IncidentEvent> events =
        TestIncidents.numbered(
            List.of(tool(TestIncidents.toolCall("zabbix.get_problems", Map.of(), false, 5001, "", "timeout after 5000 ms"))));

    assertThat(FullLog.render(incident, events))
        .endsWith("--- Execution Log ---\n\nRunning: zabbix.get_problems {}\nFailed: zabbix.get_problems (5001 ms): timeout after 5000 ms\n");
  }

  @Test
  void toolOutput_isCutTo4096Characters() {
    Incident incident = incident(IncidentStatus.RUNNING, "", null);
    String output = "o".repeat(5000);
    String log = FullLog.render(incident, TestIncidents.numbered(List.of(tool(TestIncidents.toolCall("x", Map.of(), true, 1, output, null)))));

    assertThat(log).contains("Output:\n" + "o".repeat(4096) + "\n").doesNotContain("o".repeat(4097));
  }

  @Test
  void aRequeue_isAMarkerBetweenRuns_andTextIsKeptAsProduced() {
    Incident incident = incident(IncidentStatus.FAILED, "", "Investigation interrupted by server restart");
    List<IncidentEvent> events =
        TestIncidents.numbered(
            List.of(
                status(IncidentStatus.RUNNING, IncidentStatus.PENDING, null),
                log("first run\n"),
                Map.entry(EventType.STATUS, IncidentEvents.requeued()),
                status(IncidentStatus.RUNNING, IncidentStatus.PENDING, null),
                log("second run"),
                status(IncidentStatus.FAILED, IncidentStatus.RUNNING, "Investigation interrupted by server restart")));

    assertThat(FullLog.render(incident, events))
        .isEqualTo(
            "API Incident Task:\nCheck disk\n\n--- Execution Log ---\n\n"
                + "first run\n"
                + "\n--- Investigation interrupted; restarting ---\n\n"
                + "second run\n"
                + "\n--- Error ---\nInvestigation interrupted by server restart");
  }

  @Test
  void aCancelledIncident_endsWithTheCancelledMarker() {
    Incident incident = incident(IncidentStatus.CANCELLED, "", "Investigation cancelled");

    assertThat(FullLog.render(incident, List.of())).endsWith("--- Execution Log ---\n\n\n--- Cancelled ---");
  }

  @Test
  void anAlertIncident_hasTheAlertHeader() {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("alert_name", "HighCPU");
    context.put("target_host", "web-1");
    context.put("severity", "critical");
    Incident incident = TestIncidents.incident("alertmanager", context, IncidentStatus.PENDING, "", null);

    assertThat(FullLog.render(incident, List.of()))
        .startsWith("Alert Investigation: HighCPU\nHost: web-1\nSeverity: critical\n\n--- Execution Log ---\n\n");
  }

  @Test
  void argumentsJson_escapesStringsAndKeepsNestedValues() {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("cmd", "echo \"hi\"\n");
    args.put("hosts", List.of("a", "b"));
    args.put("opts", Map.of("dry", true));
    args.put("none", null);

    assertThat(CompactJson.write(args))
        .isEqualTo("{\"cmd\":\"echo \\\"hi\\\"\\n\",\"hosts\":[\"a\",\"b\"],\"opts\":{\"dry\":true},\"none\":null}");
  }

  @Test
  void investigationTask_isTheApiTask_orNamesTheTitle() {
    assertThat(InvestigationTask.of(TestIncidents.api("Check disk", IncidentStatus.PENDING))).isEqualTo("Check disk");
    assertThat(InvestigationTask.of(TestIncidents.incident("grafana", Map.of(), IncidentStatus.PENDING, "", null)))
        .isEqualTo("Investigate the incident: Title");
  }

  private static Incident incident(IncidentStatus status, String response, String error) {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("task", "Check disk");
    return TestIncidents.incident("api", context, status, response, error);
  }
}
