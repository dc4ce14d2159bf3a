package dev.akmatori.application.alert;

import dev.akmatori.application.investigation.testing.TestJsonCodec;
import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.alertsource.AlertSourceConfig;
import dev.akmatori.domain.alertsource.AlertSourceId;
import dev.akmatori.domain.alertsource.AlertSourceType;
import dev.akmatori.domain.alertsource.BuiltinAlertSourceTypes;
import dev.akmatori.domain.alertsource.FieldMappings;
import dev.akmatori.domain.shared.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Payloads and alert sources for ingestion tests: the real Alertmanager bodies of {@code
 * ../shared/fixtures/alerts} and payloads built from the other vendors' published webhook formats.
 */
public final class AlertFixtures {
  /** {@code ../shared/fixtures/alerts} beside the repository, seen from a module's directory. */
  public static final Path SHARED = Path.of("..", "..", "shared", "fixtures", "alerts");

  /** Parses bodies as the HTTP adapter would, with a strict JSON reader. */
  public static final PayloadParser PARSER =
      body -> {
        try {
          return new TestJsonCodec().read(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          throw dev.akmatori.application.alert.normalize.Payloads.invalid("malformed JSON: " + e.getMessage());
        }
      };

  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");

  private AlertFixtures() {}

  /** A real Alertmanager body, e.g. {@code alertmanager-firing.json}. */
  public static String shared(String name) {
    try {
      return Files.readString(SHARED.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An enabled source of built-in type {@code type} without a secret or mappings. */
  public static AlertSource source(String type) {
    return source(type, "", FieldMappings.none(), true);
  }

  public static AlertSource source(String type, String secret, FieldMappings mappings, boolean enabled) {
    return source(new AlertSourceId(UUID.randomUUID()), type, secret, mappings, enabled);
  }

  public static AlertSource source(AlertSourceId id, String type, String secret, FieldMappings mappings, boolean enabled) {
    AlertSourceType stored =
        new AlertSourceType(1, BuiltinAlertSourceTypes.find(type).orElseThrow(), T0, T0);
    AlertSourceConfig config =
        new AlertSourceConfig(type + "-" + id.value().toString().substring(0, 8), "", Secret.of(secret), mappings,
            Map.of(), enabled);
    return new AlertSource(7, id, stored, config, T0, T0);
  }

  /** A delivery of {@code json} without headers. */
  public static WebhookDelivery delivery(String json) {
    return delivery(json, Map.of());
  }

  public static WebhookDelivery delivery(String json, Map<String, String> headers) {
    return new WebhookDelivery(WebhookHeaders.of(headers), json.getBytes(StandardCharsets.UTF_8), PARSER);
  }

  /** The parsed value of {@code json}. */
  public static Object parse(String json) {
    return PARSER.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  /** An Alertmanager body with one alert of the given name, host, status and fingerprint. */
  public static String alertmanager(String name, String host, String status, String fingerprint) {
    return "{\"receiver\":\"akmatori\",\"status\":\"" + status + "\",\"alerts\":[{\"status\":\"" + status
        + "\",\"labels\":{\"alertname\":\"" + name + "\",\"instance\":\"" + host + "\",\"job\":\"node\","
        + "\"severity\":\"critical\"},\"annotations\":{\"summary\":\"" + name + " on " + host + "\"},"
        + "\"startsAt\":\"2026-05-06T09:00:00Z\",\"endsAt\":\""
        + ("resolved".equals(status) ? "2026-05-06T09:20:00Z" : "0001-01-01T00:00:00Z")
        + "\",\"generatorURL\":\"http://prometheus:9090/graph\",\"fingerprint\":\"" + fingerprint + "\"}],"
        + "\"groupLabels\":{},\"commonLabels\":{},\"commonAnnotations\":{},\"externalURL\":\"http://am:9093\","
        + "\"version\":\"4\",\"groupKey\":\"{}:{}\",\"truncatedAlerts\":0}";
  }

  /** Grafana unified alerting (v10+ webhook contact point), one firing alert. */
  public static final String GRAFANA_FIRING =
      """
      {"receiver":"akmatori","status":"firing","orgId":1,"alerts":[{"status":"firing",
      "labels":{"alertname":"High memory","grafana_folder":"Infra","instance":"app-02:9100","job":"node","severity":"high"},
      "annotations":{"summary":"Memory above 90% on app-02","description":"Resident memory is 92.3%","runbook_url":"https://runbooks.example/memory"},
      "startsAt":"2026-05-06T09:10:00+02:00","endsAt":"0001-01-01T00:00:00Z",
      "generatorURL":"http://grafana:3000/alerting/grafana/cdx1/view?orgId=1","fingerprint":"57c6d9296de2ad39",
      "silenceURL":"http://grafana:3000/alerting/silence/new","dashboardURL":"","panelURL":"",
      "values":{"B":92.3,"C":1},"valueString":"[ var='B' labels={instance=app-02:9100} value=92.3 ]"}],
      "groupLabels":{"alertname":"High memory"},"commonLabels":{"alertname":"High memory"},"commonAnnotations":{},
      "externalURL":"http://grafana:3000/","version":"1","groupKey":"{}:{alertname=\\"High memory\\"}",
      "truncatedAlerts":0,"title":"[FIRING:1] High memory Infra","state":"alerting","message":"**Firing**"}""";

  /** PagerDuty webhooks v3 {@code incident.triggered}, as in PagerDuty's documentation. */
  public static final String PAGERDUTY_TRIGGERED =
      """
      {"event":{"id":"01DEN31ZTVZZ1ZMZWLN7O6ZAPN","event_type":"incident.triggered","resource_type":"incident",
      "occurred_at":"2020-10-02T18:45:22.169Z",
      "agent":{"html_url":"https://acme.pagerduty.com/users/PLH1HKV","id":"PLH1HKV","self":"https://api.pagerduty.com/users/PLH1HKV","summary":"Tenex Engineer","type":"user_reference"},
      "client":{"name":"PagerDuty"},
      "data":{"id":"PGR0VU2","type":"incident","self":"https://api.pagerduty.com/incidents/PGR0VU2",
      "html_url":"https://acme.pagerduty.com/incidents/PGR0VU2","number":2,"status":"triggered",
      "incident_key":"d3640fbd41094207a1c11e58e46b1662","created_at":"2020-04-09T15:16:27Z",
      "title":"A little bump in the road",
      "service":{"html_url":"https://acme.pagerduty.com/services/PF9KMXH","id":"PF9KMXH","self":"https://api.pagerduty.com/services/PF9KMXH","summary":"API Service","type":"service_reference"},
      "assignees":[{"html_url":"https://acme.pagerduty.com/users/PTUXL6G","id":"PTUXL6G","self":"https://api.pagerduty.com/users/PTUXL6G","summary":"User 123","type":"user_reference"}],
      "escalation_policy":{"html_url":"https://acme.pagerduty.com/escalation_policies/PUS0KTE","id":"PUS0KTE","self":"https://api.pagerduty.com/escalation_policies/PUS0KTE","summary":"Default","type":"escalation_policy_reference"},
      "teams":[],
      "priority":{"html_url":"https://acme.pagerduty.com/account/incident_priorities","id":"PSO75BM","self":"https://api.pagerduty.com/priorities/PSO75BM","summary":"P1","type":"priority_reference"},
      "urgency":"high","conference_bridge":{"conference_number":"+1 1234123412,,987654321#","conference_url":"https://example.com"},
      "resolve_reason":null}}}""";

  /** PagerDuty's {@code pagey.ping} test event. */
  public static final String PAGERDUTY_PING =
      """
      {"event":{"id":"01BSD0SNTQDQ0UB1M7VAGNKYD5","event_type":"pagey.ping","resource_type":"pagey",
      "occurred_at":"2020-10-02T18:45:22.169Z","agent":null,"client":null,
      "data":{"message":"Hello from your friend Pagey!","type":"ping"}}}""";

  /** A Datadog monitor webhook with the variables the contract lists (alert_*, tags, links). */
  public static final String DATADOG_TRIGGERED =
      """
      {"id":"7432106543210987654","title":"[Triggered] CPU high on web-3","body":"%%%\\nCPU above 90% on web-3\\n%%%",
      "alert_type":"error","event_type":"query_alert_monitor","priority":"normal","alert_id":"123456",
      "alert_title":"CPU high on web-3","alert_status":"Triggered","hostname":"web-3","org_id":"11287",
      "org_name":"Acme","snapshot":"https://p.datadoghq.com/snapshot/view/x.png","date":"1714985999000",
      "tags":["env:prod","service:checkout","role:web","monitor"],
      "event_links":[{"url":"https://app.datadoghq.com/monitors/123456","name":"Monitor"},{"url":"https://wiki.example/runbooks/cpu","name":"Runbook: CPU"}],
      "alert_cycle_key":"7432106543210000001","alert_metric":"system.cpu.user",
      "alert_query":"avg(last_5m):avg:system.cpu.user{host:web-3} > 90","alert_scope":"host:web-3",
      "last_updated":"1714986000000"}""";

  /** Datadog's default webhook payload ({@code $EVENT_MSG}, {@code $EVENT_TITLE}, …) as rendered. */
  public static final String DATADOG_DEFAULT =
      """
      {"body":"%%%\\n@webhook-akmatori CPU above 90% on web-3\\n%%%","last_updated":"1714986000000",
      "event_type":"query_alert_monitor","title":"[Triggered on {host:web-3}] CPU high","date":"1714985999000",
      "org":{"id":"11287","name":"Acme"},"id":"7432106543210987654"}""";

  /** A Zabbix webhook media type's script output for a problem event. */
  public static final String ZABBIX_PROBLEM =
      """
      {"event_time":"2026-05-06 09:15:00","alert_name":"High CPU utilization on db-7","severity":"High","priority":"4",
      "metric_name":"system.cpu.util","metric_value":"97.2 %","trigger_expression":"avg(/db-7/system.cpu.util,5m)>90",
      "pending_duration":"5m","event_id":"58213","hardware":"db-7","event_status":"PROBLEM",
      "runbook_url":"https://runbooks.example/zabbix-cpu","zabbix_url":"https://zabbix.example","host_ip":"10.0.0.7"}""";
}
