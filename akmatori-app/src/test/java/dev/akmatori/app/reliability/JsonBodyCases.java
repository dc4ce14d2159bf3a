package dev.akmatori.app.reliability;

import static dev.akmatori.app.reliability.ErrorBodies.assertClientError;
import static dev.akmatori.app.reliability.ErrorBodies.assertError;
import static dev.akmatori.app.reliability.ErrorBodies.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.swagger.v3.oas.models.media.Schema;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Every operation with a JSON request body × hostile bodies (contract §1.3, §1.4, §1.6): malformed,
 * wrong top-level and field types, missing and unknown fields, over the route's limit (declared and
 * chunked), foreign media types, numbers no integer or double holds, 10,000 levels of nesting,
 * bytes that are not UTF-8, nothing at all. Typed bodies get the exact answer of the contract; a
 * free-form one (a webhook payload) any 4xx with the error body. Never a 5xx, never a hang.
 */
final class JsonBodyCases {
  static final String UNKNOWN_FIELD = "reliability_unknown_field";
  private static final String UNSUPPORTED = "Content-Type must be application/json";
  private static final String NOT_AN_OBJECT = "Request body must be a JSON object";
  private static final String EMPTY = "Request body is empty";
  static final String NUL = "must not contain NUL characters";
  static final String SURROGATE = "must not contain unpaired surrogates";
  private static final int DEPTH = 10_000;

  private final Shots shots;

  JsonBodyCases(Shots shots) {
    this.shots = shots;
  }

  DynamicNode of(SpecOperation op) {
    Schema<?> schema = op.body().orElseThrow().schema();
    boolean typed = op.body().get().isTyped();
    List<DynamicTest> cases = new ArrayList<>();
    cases.addAll(syntax(op, schema, typed));
    if (typed) {
      cases.addAll(fields(op, schema));
    }
    cases.addAll(sizesAndTypes(op, schema));
    cases.addAll(numbersAndNesting(op, schema, typed));
    cases.addAll(encoding(op, schema, typed));
    return DynamicContainer.dynamicContainer(op.key(), cases);
  }

  private List<DynamicTest> syntax(SpecOperation op, Schema<?> schema, boolean typed) {
    String first = firstProperty(schema);
    Consumer<Answer> malformed = typed ? a -> assertMalformed(a) : JsonBodyCases::assertBadPayload;
    Consumer<Answer> notObject = typed ? a -> assertError(a, 400, "bad_request", NOT_AN_OBJECT) : JsonBodyCases::assertBadPayload;
    Consumer<Answer> empty = typed ? a -> assertError(a, 400, "bad_request", EMPTY) : JsonBodyCases::assertBadPayload;
    return List.of(
        test(op, "malformed JSON: truncated", "{\"" + first + "\":", malformed),
        test(op, "malformed JSON: single quotes", "{'" + first + "': 'x'}", malformed),
        test(op, "malformed JSON: trailing tokens", "{} {}", malformed),
        test(op, "malformed JSON: a bare word", "hello", malformed),
        test(op, "malformed JSON: NaN", "{\"" + first + "\": NaN}", malformed),
        test(op, "malformed JSON: a duplicate key", "{\"" + first + "\": 1, \"" + first + "\": 2}", malformed),
        test(op, "malformed JSON: unterminated string", "{\"" + first + "\": \"abc", malformed),
        test(op, "top level is an array", "[]", notObject),
        test(op, "top level is null", "null", notObject),
        test(op, "top level is a string", "\"text\"", notObject),
        test(op, "empty body", "", empty),
        test(op, "whitespace-only body", " \r\n\t ", empty),
        test(op, "no Content-Type and a malformed body (treated as JSON)", null, "{\"", malformed));
  }

  /** Typed bodies only: each field wrongly typed, each required field null or missing, a stray field. */
  private List<DynamicTest> fields(SpecOperation op, Schema<?> schema) {
    List<DynamicTest> cases = new ArrayList<>();
    for (String name : SchemaBodies.properties(schema)) {
      SchemaBodies.wrongType(SchemaBodies.types(SchemaBodies.property(schema, name))).ifPresent(wrong -> cases.add(
          test(op, "wrong type: " + name + " = " + wrong, SchemaBodies.with(schema, name, wrong),
              a -> assertWrongType(a, name))));
    }
    for (String name : SchemaBodies.properties(schema)) {
      Schema<?> property = SchemaBodies.property(schema, name);
      if (SchemaBodies.types(property).contains("string")) {
        cases.add(test(op, "a NUL character in " + name, SchemaBodies.with(schema, name, TextNode.valueOf("a\u0000b")),
            a -> assertFieldError(a, name, NUL)));
        // Written as the escape: a lone surrogate has no UTF-8 bytes a serialiser could send instead.
        cases.add(test(op, "an unpaired surrogate \\ud800 in " + name,
            raw(SchemaBodies.base(schema), name, "\"a\\ud800b\""), a -> assertFieldError(a, name, SURROGATE)));
      }
      if (property.getMaxLength() != null) {
        int over = property.getMaxLength() + 1;
        cases.add(test(op, name + " one character over its maxLength " + property.getMaxLength(),
            SchemaBodies.with(schema, name, TextNode.valueOf("x".repeat(over))), a -> assertFieldError(a, name, null)));
      }
    }
    ObjectNode nested = SchemaBodies.base(schema);
    nested.putObject(UNKNOWN_FIELD).put("k\u0000ey", "v");
    cases.add(test(op, "a NUL character in a nested key", nested, a -> assertError(a, 400, "validation_error")));
    for (String name : SchemaBodies.required(schema)) {
      cases.add(test(op, "null for required " + name, SchemaBodies.with(schema, name, NullNode.getInstance()),
          a -> assertFieldError(a, name, "is required")));
    }
    if (!SchemaBodies.required(schema).isEmpty()) {
      cases.add(test(op, "every required field missing: {}", "{}", a -> {
        for (String name : SchemaBodies.required(schema)) {
          assertFieldError(a, name, "is required");
        }
      }));
    }
    ObjectNode stray = SchemaBodies.base(schema).put(UNKNOWN_FIELD, 1);
    cases.add(test(op, "unknown field " + UNKNOWN_FIELD + " (rejected, §1.4)", stray,
        a -> assertFieldError(a, UNKNOWN_FIELD, "unknown field")));
    return cases;
  }

  private List<DynamicTest> sizesAndTypes(SpecOperation op, Schema<?> schema) {
    long limit = ContractRules.bodyLimit(op);
    byte[] base = SchemaBodies.bytes(SchemaBodies.base(schema));
    List<DynamicTest> cases = new ArrayList<>(List.of(
        DynamicTest.dynamicTest(op.key() + ": body of limit + 1 bytes (" + (limit + 1) + ") with Content-Length → 413",
            () -> assertTooLarge(shots.send(request(op, "application/json", BodyPublishers.ofByteArray(oversized(limit)))))),
        DynamicTest.dynamicTest(op.key() + ": body of limit + 1 bytes (" + (limit + 1) + ") chunked → 413",
            () -> assertTooLarge(shots.send(request(op, "application/json",
                Probe.chunked(() -> new ByteArrayInputStream(oversized(limit)))))))));
    if (ContractRules.checksContentType(op)) {
      for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=reliability", "text/json")) {
        cases.add(test(op, "Content-Type " + type + " → 415", type, base,
            a -> assertError(a, 415, "unsupported_media_type", UNSUPPORTED)));
      }
    }
    return cases;
  }

  private List<DynamicTest> numbersAndNesting(SpecOperation op, Schema<?> schema, boolean typed) {
    String target = SchemaBodies.numberTarget(schema).orElse("value");
    ObjectNode base = SchemaBodies.base(schema);
    Consumer<Answer> fieldError = typed ? a -> assertWrongType(a, target) : JsonBodyCases::assertBadPayload;
    Consumer<Answer> rejected = typed ? JsonBodyCases::assert400 : JsonBodyCases::assertBadPayload;
    String nestedArrays = "[".repeat(DEPTH) + "]".repeat(DEPTH);
    String nestedObjects = "{\"a\":".repeat(DEPTH) + "1" + "}".repeat(DEPTH);
    String nestedFirst = firstProperty(schema);
    return List.of(
        test(op, "huge number 1e309 in " + target, raw(base, target, "1e309"), fieldError),
        test(op, "huge number -1e309 in " + target, raw(base, target, "-1e309"), fieldError),
        test(op, "huge integer 2^70 in " + target, raw(base, target, "1180591620717411303424"), fieldError),
        test(op, "a 5,000-digit number in " + target, raw(base, target, "9".repeat(5000)), rejected),
        test(op, "a bare 1e309 as the body", "1e309", typed ? a -> assertError(a, 400, "bad_request", NOT_AN_OBJECT)
            : JsonBodyCases::assertBadPayload),
        test(op, "10,000 nested arrays as the body", nestedArrays, rejected),
        test(op, "10,000 nested arrays in " + nestedFirst, raw(base, nestedFirst, nestedArrays), rejected),
        test(op, "10,000 nested objects in " + nestedFirst, raw(base, nestedFirst, nestedObjects), rejected));
  }

  /** Bytes that are not UTF-8 inside a string value (§1.4: bodies are UTF-8). */
  private List<DynamicTest> encoding(SpecOperation op, Schema<?> schema, boolean typed) {
    String target = SchemaBodies.stringTarget(schema).orElse(firstProperty(schema));
    ObjectNode base = SchemaBodies.base(schema);
    Consumer<Answer> rejected = typed ? a -> assertError(a, 400, "bad_request") : JsonBodyCases::assertBadPayload;
    Map<String, byte[]> invalid = new LinkedHashMap<>();
    invalid.put("a lone continuation byte 0x80", new byte[] {(byte) 0x80});
    invalid.put("a truncated sequence 0xC3 before the quote", new byte[] {(byte) 0xC3});
    invalid.put("an overlong '/' 0xC0 0xAF", new byte[] {(byte) 0xC0, (byte) 0xAF});
    invalid.put("an encoded surrogate 0xED 0xA0 0x80", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
    invalid.put("a code point past U+10FFFF 0xF4 0x90 0x80 0x80",
        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
    invalid.put("the byte 0xFF", new byte[] {(byte) 0xFF});
    List<DynamicTest> cases = new ArrayList<>();
    invalid.forEach((name, bytes) -> {
      byte[] value = new byte[bytes.length + 4];
      value[0] = '"';
      value[1] = 'a';
      System.arraycopy(bytes, 0, value, 2, bytes.length);
      value[bytes.length + 2] = 'b';
      value[bytes.length + 3] = '"';
      cases.add(test(op, "invalid UTF-8 in " + target + ": " + name, "application/json",
          SchemaBodies.withRaw(base, target, value), rejected));
    });
    return cases;
  }

  private DynamicTest test(SpecOperation op, String name, String body, Consumer<Answer> check) {
    return test(op, name, "application/json", body, check);
  }

  private DynamicTest test(SpecOperation op, String name, String contentType, String body, Consumer<Answer> check) {
    return test(op, name, contentType, body.getBytes(StandardCharsets.UTF_8), check);
  }

  private DynamicTest test(SpecOperation op, String name, JsonNode body, Consumer<Answer> check) {
    return test(op, name, "application/json", SchemaBodies.bytes(body), check);
  }

  private DynamicTest test(SpecOperation op, String name, byte[] body, Consumer<Answer> check) {
    return test(op, name, "application/json", body, check);
  }

  private DynamicTest test(SpecOperation op, String name, String contentType, byte[] body, Consumer<Answer> check) {
    return DynamicTest.dynamicTest(op.key() + ": " + name,
        () -> check.accept(shots.send(request(op, contentType, BodyPublishers.ofByteArray(body)))));
  }

  private HttpRequest.Builder request(SpecOperation op, String contentType, BodyPublisher body) {
    HttpRequest.Builder request = shots.authenticated(op, body);
    return contentType == null ? request : request.header("Content-Type", contentType);
  }

  private static byte[] raw(ObjectNode base, String field, String rawJson) {
    return SchemaBodies.withRaw(base, field, rawJson.getBytes(StandardCharsets.US_ASCII));
  }

  /** {@code {"<field>":"aaa…"}} of exactly {@code limit + 1} bytes: valid JSON, one byte too many. */
  static byte[] oversized(long limit) {
    byte[] body = new byte[Math.toIntExact(limit + 1)];
    byte[] head = "{\"content\":\"".getBytes(StandardCharsets.US_ASCII);
    Arrays.fill(body, (byte) 'a');
    System.arraycopy(head, 0, body, 0, head.length);
    body[body.length - 2] = '"';
    body[body.length - 1] = '}';
    return body;
  }

  private static String firstProperty(Schema<?> schema) {
    List<String> properties = SchemaBodies.properties(schema);
    return properties.isEmpty() ? "value" : properties.get(0);
  }

  private static void assertMalformed(Answer a) {
    JsonNode body = assertError(a, 400, "bad_request");
    assertThat(body.path("error").asText()).as(a.toString()).startsWith("Malformed JSON: ");
  }

  private static void assertWrongType(Answer a, String field) {
    assertFieldError(a, field, null);
    assertThat(a.json().path("details").path(field).asText()).as(a.toString()).startsWith("must be");
  }

  private static void assert400(Answer a) {
    assertThat(a.status()).as(a.toString()).isEqualTo(400);
    assertClientError(a);
  }

  /** A free-form payload the route cannot use: 400 with the error body (§4.1 step 6). */
  private static void assertBadPayload(Answer a) {
    assert400(a);
  }

  private static void assertTooLarge(Answer a) {
    assertError(a, 413, "payload_too_large");
  }
}
