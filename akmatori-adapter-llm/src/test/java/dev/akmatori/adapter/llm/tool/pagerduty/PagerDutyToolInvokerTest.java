package dev.akmatori.adapter.llm.tool.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.llm.http.ModelTransports;
import dev.akmatori.adapter.llm.testing.Fixtures;
import dev.akmatori.adapter.llm.testing.FixedRuntimeSettings;
import dev.akmatori.adapter.llm.testing.TestServers;
import dev.akmatori.adapter.llm.testing.ToolCalls;
import dev.akmatori.adapter.llm.tool.integration.IntegrationHttp;
import dev.akmatori.adapter.llm.tool.integration.Json;
import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.settings.ProxyService;
import dev.akmatori.domain.tool.ToolOperation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code pagerduty} invoker against a loopback server speaking PagerDuty's REST API v2 and
 * Events API v2: request lines, headers, query strings and JSON bodies as PagerDuty documents
 * them, replies from realistic bodies (under {@code src/test/resources/pagerduty}), PagerDuty's
 * error bodies, and the token absent from every result and error.
 */
class PagerDutyToolInvokerTest {
  private static final String TOKEN = "u+Zx8yW7vU6tS5rQ4pO3";
  private static final String ACCEPT = "application/vnd.pagerduty+json;version=2";
  private static final String INCIDENT = "Q2K8VZ1XJ3N4MA";
  private static final String ROUTING_KEY = "R0UT1NGK3Y0123456789ABCDEFGHIJKL";

  private final MockWebServer pagerduty = new MockWebServer();
  private final MockWebServer proxy = new MockWebServer();
  private final FixedRuntimeSettings runtime = new FixedRuntimeSettings();
  private final PagerDutyToolInvoker invoker =
      new PagerDutyToolInvoker(new IntegrationHttp(ModelTransports.defaultClient(), runtime));

  @BeforeEach
  void start() throws IOException {
    TestServers.start(pagerduty, proxy);
  }

  @AfterEach
  void stop() {
    pagerduty.close();
    proxy.close();
  }

  private AllowedInstance instance(boolean writes) {
    return instance(Map.of("allow_write_operations", writes));
  }

  private AllowedInstance instance(Map<String, Object> extra) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("pagerduty_url", pagerduty.url("/").toString());
    settings.put("pagerduty_api_token", TOKEN);
    settings.putAll(extra);
    return ToolCalls.instance(4, "pagerduty", settings);
  }

  /** Runs the operation as the gateway would and checks that the token is nowhere in the result. */
  private Object call(AllowedInstance instance, String operation, Map<String, Object> arguments) {
    Object result = ToolCalls.call(invoker, instance, operation, arguments);
    assertThat(Json.write(result)).doesNotContain(TOKEN);
    return result;
  }

  /** The tool error of the operation, checked to hold no trace of the token. */
  private String failure(AllowedInstance instance, String operation, Map<String, Object> arguments) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> call(instance, operation, arguments));
    assertThat(thrown).isInstanceOf(ToolCallException.class);
    assertThat(thrown.getMessage()).doesNotContain(TOKEN).doesNotContain("Token token");
    return thrown.getMessage();
  }

  /** Calls the invoker directly, without the gateway's schema check, to see its own argument checks. */
  private String unchecked(String operation, Map<String, Object> arguments) {
    AllowedInstance instance = instance(true);
    ToolOperation op = instance.type().operation(operation).orElseThrow();
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() ->
        invoker.invoke(instance.type(), op, instance, arguments, Duration.ofMinutes(5), Cancellation.NONE));
    assertThat(thrown).isInstanceOf(ToolCallException.class);
    return thrown.getMessage();
  }

  private void reply(String fixture) {
    reply(200, fixture);
  }

  private void reply(int status, String fixture) {
    pagerduty.enqueue(new MockResponse.Builder().code(status)
        .addHeader("Content-Type", "application/json; charset=utf-8")
        .body(Fixtures.read("pagerduty/" + fixture)).build());
  }

  /** The next REST request, with the headers every REST call carries. */
  private RecordedRequest next() throws InterruptedException {
    RecordedRequest request = pagerduty.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Token token=" + TOKEN);
    assertThat(request.getHeaders().get("Accept")).isEqualTo(ACCEPT);
    return request;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> body(RecordedRequest request) {
    return (Map<String, Object>) Json.parse(request.getBody().string(StandardCharsets.UTF_8)).orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  // ---- reads -------------------------------------------------------------------------------

  @Test
  void getIncidents_sendsBracketedArrayFilters_anRfc3339Window_sortAndPaging_andNamesTheNextOffset()
      throws Exception {
    reply("incidents-page.json");

    Object result = call(instance(false), "get_incidents", Map.of(
        "statuses", List.of("triggered", "acknowledged"), "urgencies", List.of("high"),
        "service_ids", List.of("PSVC7Q1", "PSVC2K8"), "since", "1774605600", "until", "2026-03-27T12:00:00Z",
        "sort_by", "created_at:desc", "limit", 2, "offset", 0));

    RecordedRequest request = next();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/incidents");
    assertThat(request.getHeaders().get("From")).isNull();
    assertThat(request.getUrl().encodedQuery()).isEqualTo(
        "statuses[]=triggered&statuses[]=acknowledged&urgencies[]=high"
            + "&service_ids[]=PSVC7Q1&service_ids[]=PSVC2K8"
            + "&since=2026-03-27T10%3A00%3A00Z&until=2026-03-27T12%3A00%3A00Z"
            + "&sort_by=created_at%3Adesc&limit=2&offset=0");
    assertThat(request.getUrl().queryParameterValues("statuses[]")).containsExactly("triggered", "acknowledged");
    assertThat(request.getUrl().queryParameter("since")).isEqualTo("2026-03-27T10:00:00Z");

    Map<String, Object> page = map(result);
    assertThat(page).containsEntry("more", true).containsEntry("limit", 2).containsEntry("offset", 0)
        .containsEntry("next_offset", 2L);
    List<?> incidents = (List<?>) page.get("incidents");
    assertThat(incidents).hasSize(2);
    assertThat(map(incidents.get(0))).containsEntry("id", INCIDENT).containsEntry("status", "triggered")
        .containsEntry("incident_number", 4812).containsEntry("urgency", "high");
    assertThat(map(map(incidents.get(1)).get("priority"))).containsEntry("summary", "P1");
  }

  @Test
  void aListWithoutMore_comesBackAsIs_withoutNextOffset() throws Exception {
    reply("services.json");

    Object result = call(instance(false), "get_services", Map.of("query", "web"));

    RecordedRequest request = next();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/services");
    assertThat(request.getUrl().encodedQuery()).isEqualTo("query=web");
    assertThat(map(result)).containsEntry("more", false).doesNotContainKey("next_offset");
    assertThat(map(((List<?>) map(result).get("services")).get(0))).containsEntry("name", "Web frontend");
  }

  @Test
  void aLimitAbove100_isSentAs100_PagerDutysLargestPage_andNextOffsetFollowsTheEchoedPage() throws Exception {
    reply("escalation-policies.json");

    Object result = call(instance(false), "get_escalation_policies", Map.of("query", "Web on", "limit", 500, "offset", 20));

    RecordedRequest request = next();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/escalation_policies");
    assertThat(request.getUrl().queryParameter("query")).isEqualTo("Web on");
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("100");
    assertThat(request.getUrl().queryParameter("offset")).isEqualTo("20");
    // The reply echoes limit 10 / offset 20: the next page starts at 30.
    assertThat(map(result)).containsEntry("more", true).containsEntry("next_offset", 30L);
  }

  @Test
  void pagingArguments_outsidePagerDutysRange_areRefusedBeforeSending() {
    assertThat(failure(instance(false), "get_services", Map.of("limit", 0)))
        .isEqualTo("invalid arguments: limit: must be at least 1");
    assertThat(failure(instance(false), "get_services", Map.of("offset", -5)))
        .isEqualTo("invalid arguments: offset: must not be negative");
    assertThat(failure(instance(false), "list_recent_changes", Map.of("offset", 9990, "limit", 25)))
        .startsWith("invalid arguments: offset: offset + limit must not exceed 10000");
    assertThat(pagerduty.getRequestCount()).isZero();
  }

  @Test
  void statusAndUrgencyFilters_outsidePagerDutysValues_areRefusedBeforeSending() {
    assertThat(failure(instance(false), "get_incidents", Map.of("statuses", List.of("open"))))
        .isEqualTo("invalid arguments: statuses: 'open' is not one of triggered, acknowledged or resolved");
    assertThat(failure(instance(false), "get_incidents", Map.of("urgencies", List.of("urgent"))))
        .isEqualTo("invalid arguments: urgencies: 'urgent' is not one of high or low");
    assertThat(pagerduty.getRequestCount()).isZero();
  }

  @Test
  void oneIncident_itsNotes_readByItsId() throws Exception {
    reply("incident-acknowledged.json");
    reply("notes.json");

    Object incident = call(instance(false), "get_incident", Map.of("incident_id", INCIDENT));
    Object notes = call(instance(false), "get_incident_notes", Map.of("incident_id", INCIDENT));

    assertThat(next().getUrl().encodedPath()).isEqualTo("/incidents/" + INCIDENT);
    assertThat(next().getUrl().encodedPath()).isEqualTo("/incidents/" + INCIDENT + "/notes");
    assertThat(map(map(incident).get("incident"))).containsEntry("id", INCIDENT);
    assertThat(map(((List<?>) map(notes).get("notes")).get(0)))
        .containsEntry("content", "Log rotation failed on web-01 after the 09:30 deploy.");
  }

  @Test
  void anIncidentsAlerts_areReadPageByPage_untilMoreIsFalse() throws Exception {
    reply("alerts-page-1.json");
    reply("alerts-page-2.json");

    Object result = call(instance(false), "get_incident_alerts", Map.of("incident_id", INCIDENT));

    RecordedRequest first = next();
    assertThat(first.getUrl().encodedPath()).isEqualTo("/incidents/" + INCIDENT + "/alerts");
    assertThat(first.getUrl().encodedQuery()).isEqualTo("limit=100&offset=0");
    assertThat(next().getUrl().encodedQuery()).isEqualTo("limit=100&offset=2");
    assertThat(map(result)).containsEntry("count", 3).containsEntry("more", false);
    assertThat((List<?>) map(result).get("alerts")).extracting(a -> map(a).get("alert_key"))
        .containsExactly("web-01/disk/root", "web-01/disk/var", "web-01/disk/tmp");
  }

  @Test
  void anEndlessList_stopsAfterTenPages_andSaysThereIsMore() throws Exception {
    String page = "{\"alerts\":[{\"id\":\"A\"}],\"limit\":100,\"offset\":0,\"more\":true}";
    for (int i = 0; i < 11; i++) {
      pagerduty.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(page).build());
    }

    Object result = call(instance(false), "get_incident_alerts", Map.of("incident_id", INCIDENT));

    assertThat(pagerduty.getRequestCount()).isEqualTo(10);
    assertThat(map(result)).containsEntry("count", 10).containsEntry("more", true);
  }

  @Test
  void onCalls_filterBySchedulesAndPolicies_inAWindow() throws Exception {
    reply("oncalls.json");

    Object result = call(instance(false), "get_on_calls", Map.of("schedule_ids", List.of("PSCH1WB"),
        "escalation_policy_ids", List.of("PEP9X2M", "PEP3D7K"), "since", "2026-03-27T10:00:00Z", "until", "1774612800"));

    RecordedRequest request = next();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/oncalls");
    assertThat(request.getUrl().queryParameterValues("schedule_ids[]")).containsExactly("PSCH1WB");
    assertThat(request.getUrl().queryParameterValues("escalation_policy_ids[]")).containsExactly("PEP9X2M", "PEP3D7K");
    assertThat(request.getUrl().queryParameter("until")).isEqualTo("2026-03-27T12:00:00Z");
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("100");
    assertThat(map(result)).containsEntry("count", 2);
    assertThat(map(map(((List<?>) map(result).get("oncalls")).get(0)).get("user"))).containsEntry("summary", "Dana Ops");
  }

  @Test
  void recentChanges_areChangeEventsInAWindow() throws Exception {
    reply("change-events.json");

    Object result = call(instance(false), "list_recent_changes",
        Map.of("since", "2026-03-27T09:00:00Z", "until", "2026-03-27T10:00:00Z", "limit", 25));

    RecordedRequest request = next();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/change_events");
    assertThat(request.getUrl().queryParameter("since")).isEqualTo("2026-03-27T09:00:00Z");
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("25");
    assertThat(map(((List<?>) map(result).get("change_events")).get(0)))
        .containsEntry("summary", "Deploy web-frontend v2.31.0");
  }

  @Test
  void anIncidentIdThatIsNotOnePlainId_isRefused() {
    assertThat(failure(instance(false), "get_incident", Map.of("incident_id", "../users")))
        .isEqualTo("invalid arguments: incident_id: is not a PagerDuty id");
    assertThat(pagerduty.getRequestCount()).isZero();
  }

  // ---- errors ------------------------------------------------------------------------------

  @Test
  void a401_saysAuthenticationFailed_andPointsAtTheToken() {
    reply(401, "error-401.json");

    assertThat(failure(instance(false), "get_services", Map.of()))
        .isEqualTo("401 Authentication failed (PagerDuty error 2006); check the instance's pagerduty_api_token");
  }

  @Test
  void a404_isPagerDutysNotFound() {
    reply(404, "error-404.json");

    assertThat(failure(instance(false), "get_incident", Map.of("incident_id", "PNOPE00")))
        .isEqualTo("404 Not Found (PagerDuty error 2100)");
  }

  @Test
  void a429_namesTheWaitFromRatelimitReset() {
    pagerduty.enqueue(new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json")
        .addHeader("ratelimit-limit", "960").addHeader("ratelimit-remaining", "0").addHeader("ratelimit-reset", "20")
        .body(Fixtures.read("pagerduty/error-429.json")).build());
    pagerduty.enqueue(new MockResponse.Builder().code(429).body("").build());

    assertThat(failure(instance(false), "get_incidents", Map.of()))
        .isEqualTo("429 Rate Limit Exceeded (PagerDuty error 2020); retry in 20 s");
    assertThat(failure(instance(false), "get_incidents", Map.of()))
        .isEqualTo("429 Client Error; retry later");
  }

  @Test
  void a400_carriesPagerDutysErrorDetails() {
    reply(400, "error-400.json");

    assertThat(failure(instance(false), "get_incidents", Map.of()))
        .isEqualTo("400 Invalid Input Provided (PagerDuty error 2001):"
            + " Status must be a list of triggered, acknowledged, or resolved.");
  }

  @Test
  void aReplyEchoingTheAuthorizationHeader_isMasked() {
    pagerduty.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/plain")
        .body("bad gateway; upstream refused Authorization: Token token=" + TOKEN).build());

    assertThat(failure(instance(false), "get_services", Map.of()))
        .isEqualTo("502 bad gateway; upstream refused Authorization: ****");
  }

  @Test
  void aReplyOver10MiB_isRefused() {
    pagerduty.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body("{\"incidents\":[],\"pad\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}").build());

    assertThat(failure(instance(false), "get_incidents", Map.of())).isEqualTo("response exceeds 10 MiB");
  }

  // ---- incident writes ---------------------------------------------------------------------

  @Test
  void everyWrite_onAnInstanceWithoutTheWriteSwitch_isRefusedByTheInvokerToo_andNothingIsSent() {
    Map<String, Map<String, Object>> writes = Map.of(
        "acknowledge_incident", Map.of("incident_id", INCIDENT, "requester_email", "dana.ops@acme.test"),
        "resolve_incident", Map.of("incident_id", INCIDENT, "requester_email", "dana.ops@acme.test"),
        "reassign_incident", Map.of("incident_id", INCIDENT, "requester_email", "dana.ops@acme.test",
            "assignee_ids", List.of("PUSR9QW")),
        "add_incident_note", Map.of("incident_id", INCIDENT, "requester_email", "dana.ops@acme.test", "content", "x"),
        "send_event", Map.of("routing_key", ROUTING_KEY, "event_action", "resolve", "dedup_key", "k"));

    writes.forEach((operation, arguments) -> {
      assertThat(failure(instance(false), operation, arguments)).isEqualTo("operation 'pagerduty." + operation
          + "' writes to the target and is disabled for instance 'pagerduty-4'");
      assertThat(failure(ToolCalls.instance(4, "pagerduty", Map.of("pagerduty_api_token", TOKEN)), operation, arguments))
          .as("the switch defaults to false").contains("is disabled");
    });
    assertThat(pagerduty.getRequestCount()).isZero();
  }

  @Test
  void acknowledge_putsAnIncidentReferenceWithTheStatus_asTheRequester() throws Exception {
    reply("incident-acknowledged.json");

    Object result = call(instance(true), "acknowledge_incident",
        Map.of("incident_id", INCIDENT, "requester_email", "dana.ops@acme.test"));

    RecordedRequest request = next();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/incidents/" + INCIDENT);
    assertThat(request.getHeaders().get("From")).isEqualTo("dana.ops@acme.test");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(body(request)).isEqualTo(
        Map.of("incident", Map.of("type", "incident_reference", "status", "acknowledged")));
    assertThat(map(map(result).get("incident"))).containsEntry("status", "acknowledged");
  }

  @Test
  void resolve_putsTheResolvedStatus() throws Exception {
    pagerduty.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body(Fixtures.read("pagerduty/incident-acknowledged.json").replace("\"acknowledged\"", "\"resolved\"")).build());

    call(instance(true), "resolve_incident", Map.of("incident_id", INCIDENT, "requester_email", "dana.ops@acme.test"));

    RecordedRequest request = next();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(body(request)).isEqualTo(Map.of("incident", Map.of("type", "incident_reference", "status", "resolved")));
  }

  @Test
  void reassign_toUsers_sendsOneUserReferencePerAssignee() throws Exception {
    reply("incident-acknowledged.json");

    call(instance(true), "reassign_incident", Map.of("incident_id", INCIDENT, "requester_email", "dana.ops@acme.test",
        "assignee_ids", List.of("PUSR9QW", "PUSR0MG")));

    RecordedRequest request = next();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getHeaders().get("From")).isEqualTo("dana.ops@acme.test");
    assertThat(body(request)).isEqualTo(Map.of("incident", Map.of("type", "incident_reference",
        "assignments", List.of(
            Map.of("assignee", Map.of("id", "PUSR9QW", "type", "user_reference")),
            Map.of("assignee", Map.of("id", "PUSR0MG", "type", "user_reference"))))));
  }

  @Test
  void reassign_toAnEscalationPolicy_sendsThePolicyReferenceInsteadOfTheUsers() throws Exception {
    reply("incident-acknowledged.json");

    call(instance(true), "reassign_incident", Map.of("incident_id", INCIDENT, "requester_email", "dana.ops@acme.test",
        "assignee_ids", List.of("PUSR9QW"), "escalation_policy_id", "PEP3D7K"));

    // PagerDuty refuses assignments together with an escalation policy: the policy wins.
    assertThat(body(next())).isEqualTo(Map.of("incident", Map.of("type", "incident_reference",
        "escalation_policy", Map.of("id", "PEP3D7K", "type", "escalation_policy_reference"))));
  }

  @Test
  void reassign_withNoUserAndNoPolicy_isRefused() {
    assertThat(unchecked("reassign_incident", Map.of("incident_id", INCIDENT,
        "requester_email", "dana.ops@acme.test", "assignee_ids", List.of(" "))))
        .isEqualTo("invalid arguments: assignee_ids: must name at least one user (or give escalation_policy_id)");
    assertThat(pagerduty.getRequestCount()).isZero();
  }

  @Test
  void addNote_postsTheNoteContent_asTheRequester() throws Exception {
    reply(201, "note-created.json");
    String content = "Akmatori: /var/log filled the disk at 09:58 UTC; rotated logs, usage back to 61%.";

    Object result = call(instance(true), "add_incident_note",
        Map.of("incident_id", INCIDENT, "requester_email", "dana.ops@acme.test", "content", content));

    RecordedRequest request = next();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/incidents/" + INCIDENT + "/notes");
    assertThat(request.getHeaders().get("From")).isEqualTo("dana.ops@acme.test");
    assertThat(body(request)).isEqualTo(Map.of("note", Map.of("content", content)));
    assertThat(map(map(result).get("note"))).containsEntry("id", "PNOTE2B");
  }

  @Test
  void aRequesterPagerDutyDoesNotKnow_isItsError() {
    reply(400, "error-requester.json");

    assertThat(failure(instance(true), "acknowledge_incident",
        Map.of("incident_id", INCIDENT, "requester_email", "ghost@acme.test")))
        .isEqualTo("400 Invalid Input Provided (PagerDuty error 2001): Requester User Not Found");
  }

  @Test
  void aRequesterThatIsNotAnEmailAddress_isRefusedBeforeSending() {
    assertThat(failure(instance(true), "acknowledge_incident",
        Map.of("incident_id", INCIDENT, "requester_email", "dana ops")))
        .isEqualTo("invalid arguments: requester_email: must be the email address of a PagerDuty user");
    assertThat(failure(instance(true), "add_incident_note",
        Map.of("incident_id", INCIDENT, "requester_email", "a@b\r\nX-Evil: 1", "content", "x")))
        .isEqualTo("invalid arguments: requester_email: must be the email address of a PagerDuty user");
    assertThat(pagerduty.getRequestCount()).isZero();
  }

  @Test
  void missingRequiredArguments_areClearErrors_evenWithoutTheGatewaysSchemaCheck() {
    assertThat(unchecked("acknowledge_incident", Map.of("incident_id", INCIDENT)))
        .isEqualTo("invalid arguments: requester_email: is required");
    assertThat(unchecked("get_incident", Map.of()))
        .isEqualTo("invalid arguments: incident_id: is required");
    assertThat(unchecked("add_incident_note", Map.of("incident_id", INCIDENT, "requester_email", "a@b.test")))
        .isEqualTo("invalid arguments: content: is required");
    assertThat(unchecked("send_event", Map.of("event_action", "trigger")))
        .isEqualTo("invalid arguments: routing_key: is required");
    assertThat(pagerduty.getRequestCount()).isZero();
  }

  // ---- Events API v2 -----------------------------------------------------------------------

  @Test
  void sendEvent_trigger_postsAnEventsV2Body_toTheTestServersEnqueue_withoutTheRestToken() throws Exception {
    pagerduty.enqueue(new MockResponse.Builder().code(202).addHeader("Content-Type", "application/json")
        .body(Fixtures.read("pagerduty/event-accepted.json")).build());

    Object result = call(instance(true), "send_event", Map.of("routing_key", ROUTING_KEY, "event_action", "trigger",
        "dedup_key", "web-01/disk/root", "summary", "Disk usage above 95% on web-01", "source", "web-01",
        "severity", "critical", "component", "disk", "group", "web", "class", "disk usage",
        "custom_details", Map.of("mount", "/", "used_percent", 96.2)));

    RecordedRequest request = pagerduty.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/enqueue");
    assertThat(request.getHeaders().get("Authorization")).isNull();
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(request.getBody().string(StandardCharsets.UTF_8)).doesNotContain(TOKEN);
    Map<String, Object> event = body(request);
    assertThat(event).containsEntry("routing_key", ROUTING_KEY).containsEntry("event_action", "trigger")
        .containsEntry("dedup_key", "web-01/disk/root").containsEntry("client", "Akmatori");
    assertThat(map(event.get("payload"))).isEqualTo(Map.of("summary", "Disk usage above 95% on web-01",
        "source", "web-01", "severity", "critical", "component", "disk", "group", "web", "class", "disk usage",
        "custom_details", Map.of("mount", "/", "used_percent", 96.2)));
    assertThat(result).isEqualTo(Map.of("status", "success", "message", "Event processed", "dedup_key", "web-01/disk/root"));
  }

  @Test
  void sendEvent_resolve_sendsOnlyTheKeys_andNeedsTheDedupKey() throws Exception {
    pagerduty.enqueue(new MockResponse.Builder().code(202).addHeader("Content-Type", "application/json")
        .body(Fixtures.read("pagerduty/event-accepted.json")).build());

    call(instance(true), "send_event", Map.of("routing_key", ROUTING_KEY, "event_action", "resolve",
        "dedup_key", "web-01/disk/root", "summary", "ignored for a resolve"));

    assertThat(body(pagerduty.takeRequest(5, TimeUnit.SECONDS))).isEqualTo(Map.of("routing_key", ROUTING_KEY,
        "event_action", "resolve", "dedup_key", "web-01/disk/root"));
    assertThat(failure(instance(true), "send_event", Map.of("routing_key", ROUTING_KEY, "event_action", "acknowledge")))
        .isEqualTo("invalid arguments: dedup_key: is required to acknowledge an alert");
  }

  @Test
  void sendEvent_argumentsPagerDutyWouldReject_areRefusedBeforeSending() {
    assertThat(failure(instance(true), "send_event", Map.of("routing_key", ROUTING_KEY, "event_action", "fire")))
        .isEqualTo("invalid arguments: event_action: must be trigger, acknowledge or resolve");
    assertThat(failure(instance(true), "send_event", Map.of("routing_key", ROUTING_KEY, "event_action", "trigger",
        "source", "web-01", "severity", "critical")))
        .isEqualTo("invalid arguments: summary: is required to trigger an alert");
    assertThat(failure(instance(true), "send_event", Map.of("routing_key", ROUTING_KEY, "event_action", "trigger",
        "summary", "s", "source", "web-01", "severity", "sev1")))
        .isEqualTo("invalid arguments: severity: must be critical, error, warning or info");
    assertThat(pagerduty.getRequestCount()).isZero();
  }

  @Test
  void sendEvent_anInvalidEvent_isTheEventsApisErrorWithItsDetails() {
    pagerduty.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
        .body(Fixtures.read("pagerduty/event-invalid.json")).build());

    assertThat(failure(instance(true), "send_event", Map.of("routing_key", "short", "event_action", "resolve",
        "dedup_key", "k")))
        .isEqualTo("400 Event object is invalid: Length of 'routing_key' is incorrect (should be 32 characters)");
  }

  @Test
  void theEventsUrl_isPagerDutysEventsHost_forItsApiHosts_andTheGivenServerOtherwise() {
    assertThat(PagerDutyEvents.eventsUrl(HttpUrl.get("https://api.pagerduty.com")))
        .hasToString("https://events.pagerduty.com/v2/enqueue");
    assertThat(PagerDutyEvents.eventsUrl(HttpUrl.get("https://api.eu.pagerduty.com/")))
        .hasToString("https://events.eu.pagerduty.com/v2/enqueue");
    assertThat(PagerDutyEvents.eventsUrl(HttpUrl.get("http://127.0.0.1:8089/pagerduty/")))
        .hasToString("http://127.0.0.1:8089/pagerduty/v2/enqueue");
    assertThat(PagerDutyEvents.eventsUrl(HttpUrl.get("https://api.notpagerduty.com")))
        .hasToString("https://api.notpagerduty.com/v2/enqueue");
  }

  // ---- transport settings ------------------------------------------------------------------

  @Test
  void withThePagerDutyToggleOn_theDefaultHosts_areReachedThroughTheProxy_restAndEvents() throws Exception {
    runtime.proxy("http://localhost:" + proxy.getPort(), "", ProxyService.PAGERDUTY);
    proxy.enqueue(new MockResponse.Builder().code(403).build());
    proxy.enqueue(new MockResponse.Builder().code(403).build());
    AllowedInstance defaults = ToolCalls.instance(5, "pagerduty",
        Map.of("pagerduty_api_token", TOKEN, "allow_write_operations", true));

    assertThat(failure(defaults, "get_services", Map.of())).startsWith("request to api.pagerduty.com failed");
    assertThat(failure(defaults, "send_event", Map.of("routing_key", ROUTING_KEY, "event_action", "resolve",
        "dedup_key", "k"))).startsWith("request to events.pagerduty.com failed");

    RecordedRequest rest = proxy.takeRequest(5, TimeUnit.SECONDS);
    assertThat(rest.getMethod()).isEqualTo("CONNECT");
    assertThat(rest.getTarget()).isEqualTo("api.pagerduty.com:443");
    assertThat(rest.getHeaders().get("Authorization")).isNull();
    RecordedRequest events = proxy.takeRequest(5, TimeUnit.SECONDS);
    assertThat(events.getTarget()).isEqualTo("events.pagerduty.com:443");
  }

  @Test
  void withThePagerDutyToggleOn_aPlainHttpGateway_isReachedThroughTheProxy() throws Exception {
    runtime.proxy("http://localhost:" + proxy.getPort(), "", ProxyService.PAGERDUTY);
    proxy.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body(Fixtures.read("pagerduty/services.json")).build());

    call(instance(Map.of("pagerduty_url", "http://pagerduty-gw.corp:8080/")), "get_services", Map.of("query", "web"));

    RecordedRequest request = proxy.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getTarget()).isEqualTo("http://pagerduty-gw.corp:8080/services?query=web");
    assertThat(request.getHeaders().get("Accept")).isEqualTo(ACCEPT);
    assertThat(pagerduty.getRequestCount()).isZero();
  }

  @Test
  void withAnotherServicesToggleOn_pagerDutyGoesDirect() throws Exception {
    runtime.proxy("http://localhost:" + proxy.getPort(), "", ProxyService.GRAFANA);
    reply("services.json");

    call(instance(false), "get_services", Map.of());

    assertThat(next().getUrl().encodedPath()).isEqualTo("/services");
    assertThat(proxy.getRequestCount()).isZero();
  }

  @Test
  void aSelfSignedServer_isRefused_unlessVerifySslIsOff() throws Exception {
    try (MockWebServer tls = new MockWebServer()) {
      HeldCertificate selfSigned = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
      tls.useHttps(new HandshakeCertificates.Builder().heldCertificate(selfSigned).build().sslSocketFactory());
      TestServers.start(tls);
      tls.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
          .body(Fixtures.read("pagerduty/services.json")).build());
      String url = "https://localhost:" + tls.getPort();

      assertThat(failure(instance(Map.of("pagerduty_url", url)), "get_services", Map.of()))
          .startsWith("TLS connection to localhost failed");
      Object services = call(instance(Map.of("pagerduty_url", url, "pagerduty_verify_ssl", false)),
          "get_services", Map.of());

      assertThat(map(services)).containsKey("services");
    }
  }
}
