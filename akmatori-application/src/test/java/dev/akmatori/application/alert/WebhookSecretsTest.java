package dev.akmatori.application.alert;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.auth.UnauthorizedException;
import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.alertsource.FieldMappings;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The webhook secret check of contract §4.2. */
class WebhookSecretsTest {
  private static final String SECRET = "s3cr3t-token";
  private static final byte[] BODY = "{\"event\":{\"event_type\":\"pagey.ping\"}}".getBytes(StandardCharsets.UTF_8);

  private static AlertSource source(String type, String secret) {
    return AlertFixtures.source(type, secret, FieldMappings.none(), true);
  }

  private static void check(AlertSource source, Map<String, String> headers) {
    WebhookSecrets.verify(source, WebhookHeaders.of(headers), BODY);
  }

  private static void rejected(AlertSource source, Map<String, String> headers) {
    assertThatThrownBy(() -> check(source, headers))
        .isInstanceOf(UnauthorizedException.class).hasMessage("Invalid webhook secret");
  }

  private static String signature(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
  }

  @Test
  void withoutAStoredSecret_nothingIsChecked() {
    assertThatCode(() -> check(source("alertmanager", ""), Map.of("Authorization", "Bearer whatever"))).doesNotThrowAnyException();
    assertThatCode(() -> check(source("pagerduty", ""), Map.of())).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0} accepts {1}")
  @CsvSource({
    "alertmanager,X-Alertmanager-Secret", "grafana,x-grafana-secret", "datadog,X-Datadog-Signature",
    "datadog,DD-API-KEY", "zabbix,X-Zabbix-Secret", "alertmanager,Authorization", "zabbix,authorization"
  })
  void theSecretOrBearerSecret_inTheRightHeader_passes(String type, String header) {
    assertThatCode(() -> check(source(type, SECRET), Map.of(header, SECRET))).doesNotThrowAnyException();
    assertThatCode(() -> check(source(type, SECRET), Map.of(header, "Bearer " + SECRET))).doesNotThrowAnyException();
  }

  @Test
  void theFirstPresentHeaderIsTheCandidate_evenWhenALaterOneWouldMatch() {
    rejected(source("alertmanager", SECRET), Map.of("X-Alertmanager-Secret", "wrong", "Authorization", SECRET));
    rejected(source("datadog", SECRET), Map.of("DD-API-KEY", "wrong", "Authorization", SECRET));
    rejected(source("alertmanager", SECRET), Map.of("DD-API-KEY", SECRET));
    rejected(source("grafana", SECRET), Map.of("X-Alertmanager-Secret", SECRET));
  }

  @Test
  void missingWrongPrefixedOrPartialSecrets_areRejected() {
    AlertSource s = source("zabbix", SECRET);
    rejected(s, Map.of());
    rejected(s, Map.of("X-Zabbix-Secret", ""));
    rejected(s, Map.of("X-Zabbix-Secret", SECRET.substring(1)));
    rejected(s, Map.of("X-Zabbix-Secret", SECRET + " "));
    rejected(s, Map.of("X-Zabbix-Secret", "Basic " + SECRET));
    rejected(s, Map.of("X-Zabbix-Secret", "bearer " + SECRET));
  }

  @Test
  void pagerDuty_acceptsAnyOfSeveralSignatures_overTheRawBody() throws Exception {
    AlertSource s = source("pagerduty", SECRET);
    String good = signature(SECRET, BODY);
    assertThatCode(() -> check(s, Map.of("X-PagerDuty-Signature", good))).doesNotThrowAnyException();
    assertThatCode(() -> check(s, Map.of("X-PagerDuty-Signature", "v1=00ff, " + good + " ,v1=abcd"))).doesNotThrowAnyException();
    assertThatCode(() -> check(s, Map.of("X-PagerDuty-Signature", "v1=" + good.substring(3).toUpperCase())))
        .as("hex in any case").doesNotThrowAnyException();
  }

  @Test
  void pagerDuty_signaturesOfOtherSecretsOrBodies_areRejected() throws Exception {
    AlertSource s = source("pagerduty", SECRET);
    rejected(s, Map.of("X-PagerDuty-Signature", signature("other", BODY)));
    rejected(s, Map.of("X-PagerDuty-Signature", signature(SECRET, "{}".getBytes(StandardCharsets.UTF_8))));
    rejected(s, Map.of("X-PagerDuty-Signature", signature(SECRET, BODY).substring(3)));
    rejected(s, Map.of("X-PagerDuty-Signature", "", "Authorization", SECRET));
  }

  @Test
  void pagerDuty_withoutASignatureHeader_fallsBackToAuthorization() {
    AlertSource s = source("pagerduty", SECRET);
    assertThatCode(() -> check(s, Map.of("Authorization", "Bearer " + SECRET))).doesNotThrowAnyException();
    assertThatCode(() -> check(s, Map.of("Authorization", SECRET))).doesNotThrowAnyException();
    rejected(s, Map.of("Authorization", "Bearer nope"));
    rejected(s, Map.of());
  }
}
