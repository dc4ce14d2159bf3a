package dev.akmatori.adapter.http.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Webhook payloads as plain values: what senders may get wrong and what is still refused. */
class JacksonPayloadParserTest {
  private final JacksonPayloadParser parser = new JacksonPayloadParser();

  private Object parse(String json) {
    return parser.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void nulCharactersAndLoneSurrogates_inKeysAndStrings_becomeTheReplacementCharacter() {
    Object payload = parse("{\"a\\u0000\": \"x\\u0000y\", \"b\": [\"\\ud800\", \"\\udc00z\", \"🔥\"]}");

    assertThat(payload).isEqualTo(Map.of("a\ufffd", "x\ufffdy", "b", List.of("\ufffd", "\ufffdz", "🔥")));
  }

  @Test
  void bytesThatAreNotUtf8_areStillRefused() {
    assertThatThrownBy(() -> parser.parse(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'}))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("not valid UTF-8");
  }
}
