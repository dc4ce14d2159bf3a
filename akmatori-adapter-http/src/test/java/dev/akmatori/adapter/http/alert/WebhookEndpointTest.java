package dev.akmatori.adapter.http.alert;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.RawHttp;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import dev.akmatori.application.alert.AlertFixtures;
import dev.akmatori.domain.alertsource.AlertSourceChanges;
import dev.akmatori.domain.alertsource.AlertSourceDraft;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentFilter;
import dev.akmatori.domain.shared.PageRequest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/webhook/alert/{uuid}} and its alias through the real HTTP stack (contract §4.1). */
class WebhookEndpointTest {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private String source(String type, String secret) {
    return api.alertSources.create(AlertSourceDraft.of(type, type + "-" + System.nanoTime(), null, secret, null, null, null))
        .source().uuid().toString();
  }

  private Reply post(String path, byte[] body, String... headers) {
    HttpRequest.Builder request = api.anonymous(path).POST(BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return api.send(request);
  }

  private Reply post(String path, String body, String... headers) {
    return post(path, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  private List<Incident> incidents() {
    return api.incidentStore.list(IncidentFilter.none(), PageRequest.ALL).items();
  }

  @Test
  void aRealAlertmanagerBody_isStored_andAnswered200WithOneEntryPerAlert() {
    String uuid = source("alertmanager", "");

    Reply r = post("/api/webhook/alert/" + uuid, AlertFixtures.shared("alertmanager-firing-2alerts.json"),
        "Content-Type", "application/json", "User-Agent", "Alertmanager/0.25.0");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    JsonNode body = r.json();
    assertThat(body.get("received").asInt()).isEqualTo(2);
    assertThat(body.get("alerts")).hasSize(2);
    JsonNode first = body.get("alerts").get(0);
    assertThat(first.properties()).extracting(Map.Entry::getKey)
        .containsExactly("alert_uuid", "fingerprint", "status", "incident_uuid", "action");
    assertThat(first.get("action").asText()).isEqualTo("created");
    assertThat(first.get("status").asText()).isEqualTo("firing");
    assertThat(first.get("fingerprint").asText()).matches("[0-9a-f]{32}");
    assertThat(body.get("alerts").get(1).get("action").asText()).isEqualTo("correlated");
    assertThat(incidents()).hasSize(1);
    assertThat(incidents().get(0).uuid().toString()).isEqualTo(first.get("incident_uuid").asText());
    assertThat(incidents().get(0).alertCount()).isEqualTo(2);
    assertThat(api.wakeUps).hasValue(1);
  }

  @Test
  void theRootAlias_andAnyContentType_behaveTheSame() {
    String uuid = source("alertmanager", "");
    Reply viaAlias = post("/webhook/alert/" + uuid, AlertFixtures.shared("alertmanager-firing.json"), "Content-Type", "text/plain");
    Reply again = post("/api/webhook/alert/" + uuid + "/", AlertFixtures.shared("alertmanager-firing.json"));

    assertThat(viaAlias.status()).as(viaAlias.toString()).isEqualTo(200);
    assertThat(viaAlias.json().get("alerts").get(0).get("action").asText()).isEqualTo("created");
    assertThat(again.json().get("alerts").get(0).get("action").asText()).isEqualTo("deduplicated");
    Reply form = post("/api/webhook/alert/" + uuid, AlertFixtures.shared("alertmanager-resolved.json"),
        "Content-Type", "application/x-www-form-urlencoded");
    assertThat(form.status()).as("a form content type is not parsed as a form").isEqualTo(200);
    assertThat(form.json().get("alerts").get(0).get("action").asText()).isEqualTo("resolved");
  }

  @Test
  void anIgnoredResolve_hasNullIds() {
    String uuid = source("alertmanager", "");
    JsonNode entry = post("/api/webhook/alert/" + uuid, AlertFixtures.shared("alertmanager-resolved.json")).json().get("alerts").get(0);

    assertThat(entry.get("action").asText()).isEqualTo("ignored");
    assertThat(entry.get("alert_uuid").isNull()).isTrue();
    assertThat(entry.get("incident_uuid").isNull()).isTrue();
    assertThat(entry.get("status").asText()).isEqualTo("resolved");
  }

  @Test
  void unknownOrMalformedSources_are404_andOtherMethods405() {
    assertError(post("/api/webhook/alert/0f6b1c2e-7a4d-4c1e-9f3a-2b5d8e9a1c77", "{}"), 404, "not_found", "Alert source not found");
    assertError(post("/webhook/alert/not-a-uuid", "{}"), 404, "not_found", "Alert source not found");
    Reply get = api.send(api.anonymous("/api/webhook/alert/" + source("zabbix", "")).GET());
    assertError(get, 405, "method_not_allowed");
    assertThat(get.header("Allow")).isEqualTo("POST");
  }

  @Test
  void aDisabledSource_is403_beforeItsSecretIsChecked() {
    String uuid = source("grafana", "secret");
    api.alertSources.update(dev.akmatori.domain.alertsource.AlertSourceId.parse(uuid).orElseThrow(),
        AlertSourceChanges.of(null, null, null, null, null, false));

    assertError(post("/api/webhook/alert/" + uuid, "not even json"), 403, "forbidden", "Alert source is disabled");
  }

  @Test
  void aWrongSecret_is401WithTheChallenge_andApiCredentialsPlayNoPart() {
    String uuid = source("alertmanager", "hook-secret");

    Reply wrong = post("/api/webhook/alert/" + uuid, "{\"alerts\":[]}", "X-Alertmanager-Secret", "nope");
    assertError(wrong, 401, "unauthorized", "Invalid webhook secret");
    assertThat(wrong.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"akmatori\"");
    assertError(post("/api/webhook/alert/" + uuid, "not json"), 401, "unauthorized", "Invalid webhook secret");
    Reply bearer = post("/api/webhook/alert/" + uuid, "{\"alerts\":[]}", "Authorization", "Bearer hook-secret");
    assertThat(bearer.status()).as(bearer.toString()).isEqualTo(200);
    assertThat(bearer.json().get("received").asInt()).isZero();
  }

  @Test
  void pagerDutySignatures_areCheckedOverTheRawBytes() throws Exception {
    String uuid = source("pagerduty", "pd-secret");
    byte[] body = AlertFixtures.PAGERDUTY_TRIGGERED.getBytes(StandardCharsets.UTF_8);
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec("pd-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String signature = "v1=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));

    Reply ok = post("/api/webhook/alert/" + uuid, body, "X-PagerDuty-Signature", "v1=deadbeef," + signature);
    assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
    assertThat(ok.json().get("alerts").get(0).get("action").asText()).isEqualTo("created");
    byte[] tampered = AlertFixtures.PAGERDUTY_TRIGGERED.replace("P1", "P3").getBytes(StandardCharsets.UTF_8);
    assertError(post("/api/webhook/alert/" + uuid, tampered, "X-PagerDuty-Signature", signature), 401, "unauthorized");
  }

  @Test
  void badPayloads_are400InvalidPayload_neverA500() {
    String uuid = source("alertmanager", "");
    String path = "/api/webhook/alert/" + uuid;

    assertError(post(path, ""), 400, "bad_request", "Invalid payload: request body is empty");
    assertError(post(path, "[1]"), 400, "bad_request", "Invalid payload: body must be a JSON object");
    assertError(post(path, "{\"alerts\":{}}"), 400, "bad_request", "Invalid payload: alerts must be an array");
    assertError(post(path, "{\"alerts\":[{}, 3]}"), 400, "bad_request", "Invalid payload: alerts[1] must be an object");
    assertThat(post(path, "{\"alerts\":[}").json().get("error").asText()).startsWith("Invalid payload: malformed JSON: ");
    assertThat(post(path, "{} {}").json().get("error").asText()).startsWith("Invalid payload: malformed JSON: ");
    byte[] latin1 = "{\"alerts\":[{\"labels\":{\"alertname\":\"caf\u00e9\"}}]}".getBytes(StandardCharsets.ISO_8859_1);
    assertError(post(path, latin1), 400, "bad_request", "Invalid payload: request body is not valid UTF-8");
    byte[] utf16 = "{\"alerts\":[]}".getBytes(StandardCharsets.UTF_16);
    assertError(post(path, utf16), 400, "bad_request", "Invalid payload: request body is not valid UTF-8");
    String deep = "{\"alerts\":[],\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    Reply tooDeep = post(path, deep);
    assertError(tooDeep, 400, "bad_request");
    assertThat(tooDeep.json().get("error").asText()).startsWith("Invalid payload: malformed JSON: ").contains("nesting depth");
    assertThat(post(path, "{\"alerts\":[],\"n\":1e999999}").status()).as("huge numbers are kept").isEqualTo(200);
    assertThat(incidents()).isEmpty();
  }

  @Test
  void aUtf8BodyWithABom_andHugeLabelMaps_areAccepted() {
    String uuid = source("alertmanager", "");
    StringBuilder labels = new StringBuilder("{\"alertname\":\"Big\"");
    for (int i = 0; i < 50_000; i++) {
      labels.append(",\"l").append(i).append("\":\"v").append(i).append('"');
    }
    String body = "\uFEFF{\"alerts\":[{\"labels\":" + labels + "}}]}";

    Reply r = post("/api/webhook/alert/" + uuid, body);

    assertThat(r.status()).as(r.status() + "").isEqualTo(200);
    assertThat(api.alertStore.all().get(0).details().targetLabels()).hasSize(50_001);
  }

  @Test
  void aNulCharacterOrALoneSurrogateInThePayload_becomesTheReplacementCharacter_andTheAlertIsStored() {
    String uuid = source("alertmanager", "");
    String body = "{\"alerts\":[{\"status\":\"firing\",\"labels\":{\"alertname\":\"Disk\\u0000full\","
        + "\"host\\u0000\":\"web-1\"},\"annotations\":{\"summary\":\"a\\udc00b\"}}]}";

    Reply r = post("/api/webhook/alert/" + uuid, body);

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    var details = api.alertStore.all().get(0).details();
    assertThat(details.alertName()).isEqualTo("Disk\ufffdfull");
    assertThat(details.summary()).isEqualTo("a\ufffdb");
    assertThat(details.targetLabels()).containsEntry("host\ufffd", "web-1");
  }

  @Test
  void aDeclaredLengthOver10MiB_is413WithTheWebhookMessage() throws Exception {
    String uuid = source("alertmanager", "");
    Reply r = RawHttp.send(api.port(), "POST /api/webhook/alert/" + uuid + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 99999999");
    assertError(r, 413, "payload_too_large", "Webhook body exceeds maximum size of 10485760 bytes");
  }

  @Test
  void aChunkedBodyOver10MiB_isMeasuredWhileRead_andOneUnderIsAccepted() {
    String uuid = source("alertmanager", "");
    byte[] over = new byte[10 * 1024 * 1024 + 1];
    java.util.Arrays.fill(over, (byte) ' ');
    Reply r = api.send(api.anonymous("/api/webhook/alert/" + uuid).POST(TestApi.chunked(() -> new ByteArrayInputStream(over))));
    assertError(r, 413, "payload_too_large", "Webhook body exceeds maximum size of 10485760 bytes");

    String alerts = "{\"alerts\":[]}";
    byte[] under = (alerts + " ".repeat(10 * 1024 * 1024 - alerts.length())).getBytes(StandardCharsets.UTF_8);
    Reply ok = api.send(api.anonymous("/api/webhook/alert/" + uuid).POST(TestApi.chunked(() -> new ByteArrayInputStream(under))));
    assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
    Reply declared = post("/api/webhook/alert/" + uuid, under);
    assertThat(declared.status()).isEqualTo(200);
  }

  /** The declared length is far past the drain limit, so the server answers without waiting for a body. */
  @Test
  void anotherRoutesJsonLimit_isUnchanged() throws Exception {
    Reply r = RawHttp.send(api.port(), "POST /api/runbooks HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
        + api.tokens.valid() + "\r\nContent-Length: 99999999");
    assertError(r, 413, "payload_too_large", "Request body exceeds maximum size of 1048576 bytes");
  }
}
