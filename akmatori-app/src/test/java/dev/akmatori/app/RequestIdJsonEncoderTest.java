package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestIdJsonEncoderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LoggerContext context = new LoggerContext();
  private final Logger logger = context.getLogger("dev.akmatori.adapter.http.access");

  private String encode(LoggingEvent event) {
    RequestIdJsonEncoder encoder = new RequestIdJsonEncoder();
    encoder.setContext(context);
    encoder.setWithFormattedMessage(true);
    encoder.setWithMessage(false);
    encoder.setWithArguments(false);
    encoder.setWithContext(false);
    encoder.setWithMDC(false);
    encoder.start();
    return new String(encoder.encode(event), StandardCharsets.UTF_8);
  }

  private LoggingEvent event(String message, Map<String, String> mdc, Object... args) {
    LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.INFO, message, null, args);
    event.setMDCPropertyMap(mdc);
    return event;
  }

  @Test
  void aLineLoggedDuringARequest_isOneJsonObject_withTheRequestIdAsATopLevelField() throws Exception {
    String line = encode(event("{} {} {}", Map.of("request_id", "req-42.a_b"), "GET", "/api/health", 200));

    assertThat(line).endsWith("\n").doesNotContain("\n{");
    JsonNode json = JSON.readTree(line);
    assertThat(json.get("request_id").asText()).isEqualTo("req-42.a_b");
    assertThat(json.get("formattedMessage").asText()).isEqualTo("GET /api/health 200");
    assertThat(json.get("level").asText()).isEqualTo("INFO");
    assertThat(json.get("loggerName").asText()).isEqualTo("dev.akmatori.adapter.http.access");
    assertThat(json.has("mdc")).isFalse();
  }

  @Test
  void aLineOutsideARequest_hasNoRequestId_andOddCharactersStayValidJson() throws Exception {
    JsonNode plain = JSON.readTree(encode(event("Started \"quoted\"\tand\nnewline", Map.of())));
    JsonNode odd = JSON.readTree(encode(event("x", Map.of("request_id", "a\"b\\c\u0001"))));

    assertThat(plain.has("request_id")).isFalse();
    assertThat(plain.get("formattedMessage").asText()).isEqualTo("Started \"quoted\"\tand\nnewline");
    assertThat(odd.get("request_id").asText()).isEqualTo("a\"b\\c\u0001");
  }
}
