package dev.akmatori.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.app.AppConfig;
import dev.akmatori.app.Application;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The reliability suite (issue 9): the real application, started once per database in a temporary
 * data directory, is hit with bad credentials, hostile bodies, hostile path, query and header
 * parameters on every operation of {@code docs/openapi.yaml}, then checked to have lost nothing it
 * stored. Every case is a dynamic test named after its operation and input; the rules are those of
 * contract §1–§2 and ADR 0023. Subclasses choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ReliabilitySuite {
  static final String CANARY = "RELIABILITY-CANARY-7f3e9b2c";
  private static final String JWT_SECRET = "reliability-suite-jwt-secret-0123456789";
  private static final String PASSWORD = "reliability-admin-password";
  private static final String ADMIN = "admin";
  private static final String ERROR_MAPPER = "dev.akmatori.adapter.http.error.ErrorMapper";

  @TempDir static Path root;

  private final ListAppender<ILoggingEvent> unexpected = new ListAppender<>();
  private Application app;
  private Probe probe;
  private ForgedTokens tokens;
  private Seeded seeded;
  private Shots shots;
  private List<SpecOperation> operations;
  private Map<String, String> before;

  /** The {@code AKMATORI_DB_*} variables of the database to run on; may skip the suite. */
  protected abstract Map<String, String> database() throws Exception;

  /** Drops what {@link #database()} made, after the server stopped. */
  protected void dropDatabase() throws Exception {}

  @BeforeAll
  void startTheServerAndSeedIt() throws Exception {
    Map<String, String> env = new LinkedHashMap<>(database());
    env.put("AKMATORI_DATA_DIR", root.resolve("data").toString());
    env.put("AKMATORI_PORT", "0");
    env.put("AKMATORI_BIND_ADDRESS", "127.0.0.1");
    env.put("AKMATORI_ADMIN_PASSWORD", PASSWORD);
    env.put("AKMATORI_JWT_SECRET", JWT_SECRET);
    env.put("AKMATORI_LOG_LEVEL", "WARN");
    app = Application.start(AppConfig.fromEnvironment(env));
    unexpected.start();
    ((Logger) LoggerFactory.getLogger(ERROR_MAPPER)).addAppender(unexpected);
    probe = new Probe(app.port());
    tokens = new ForgedTokens(JWT_SECRET, ADMIN);
    String token = login();
    seeded = new Seeded(new Seeded.Client(probe, token));
    shots = new Shots(probe, token, seeded);
    operations = ApiSpec.operations();
    Files.writeString(root.resolve("canary.txt"), CANARY);
    Files.writeString(root.resolve("data").resolve("canary.txt"), CANARY);
    before = views();
  }

  @AfterAll
  void stop() throws Exception {
    ((Logger) LoggerFactory.getLogger(ERROR_MAPPER)).detachAppender(unexpected);
    try {
      if (app != null) {
        app.close();
      }
    } finally {
      dropDatabase();
    }
  }

  /** Without these the 401s below would prove nothing: the forged tokens are made right. */
  @Test
  @Order(1)
  void controls_aForgedLiveTokenAuthenticates_inTheHeaderAndAsQueryToken() {
    Answer verify = probe.send(probe.request("GET", "/api/auth/verify").header("Authorization", "Bearer " + tokens.valid()));
    assertThat(verify.status()).as(verify.toString()).isEqualTo(200);
    assertThat(verify.json().path("username").asText()).isEqualTo(ADMIN);

    String download = "/api/context/" + seeded.contextFileId + "/download?token="
        + URLEncoder.encode(tokens.valid(), StandardCharsets.UTF_8);
    Answer file = probe.send(probe.request("GET", download));
    assertThat(file.status()).as(file.toString()).isEqualTo(200);
    assertThat(operations).extracting(SpecOperation::key).contains("GET /api/auth/verify", "POST /api/runbooks");
  }

  @TestFactory
  @Order(2)
  Stream<DynamicNode> badCredentials_getThe401OfContract_1_2() {
    return new CredentialCases(shots, tokens).all(operations);
  }

  @TestFactory
  @Order(3)
  Stream<DynamicNode> hostileBodies_getA4xxWithTheErrorBody() {
    JsonBodyCases json = new JsonBodyCases(shots);
    MultipartCases multipart = new MultipartCases(shots);
    return operations.stream()
        .filter(op -> op.body().isPresent())
        .<DynamicNode>map(op -> {
          SpecOperation.Body body = op.body().get();
          if (body.isJson()) {
            return json.of(op);
          }
          if (body.isMultipart()) {
            return multipart.of(op);
          }
          return DynamicTest.dynamicTest(op.key(), () -> {
            throw new AssertionError("the suite has no hostile bodies for " + body.mediaType() + " yet");
          });
        });
  }

  @TestFactory
  @Order(4)
  Stream<DynamicNode> hostilePathParameters_getA4xx_andNoFileFromOutside() {
    return new PathCases(shots).all(operations);
  }

  @TestFactory
  @Order(5)
  Stream<DynamicNode> hostileQueryAndHeaderParameters_neverGetA5xx() {
    return new ParameterCases(shots).all(operations);
  }

  /** Bad input loses nothing already stored, creates nothing, and never fails unexpectedly. */
  @Test
  @Order(6)
  void afterTheBarrage_everythingStoredIsUnchanged_andNoRequestFailedUnexpectedly() throws IOException {
    assertThat(views()).as("every seeded resource and list, byte for byte").isEqualTo(before);
    assertThat(Files.readString(root.resolve("canary.txt"))).isEqualTo(CANARY);
    assertThat(Files.readString(root.resolve("data").resolve("canary.txt"))).isEqualTo(CANARY);
    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no file was written from a hostile name")
          .noneMatch(n -> n.contains("evil") || n.contains("passwd") || n.contains("reliability-probe")
              || n.equals("big.txt") || n.equals("safe.md") || n.equals("cut.md") || n.startsWith(".hidden"));
    }
    assertThat(Files.readString(root.resolve("data/skills/" + Seeded.SKILL + "/scripts/" + Seeded.SCRIPT)))
        .isEqualTo("#!/bin/sh\necho ok\n");
    assertThat(unexpected.list).extracting(ILoggingEvent::getFormattedMessage)
        .as("requests that ended in an unexpected failure (500)").isEmpty();
    assertThat(probe.send(probe.request("GET", "/api/health")).status()).isEqualTo(200);
  }

  /** What the seeded resources look like through the API, plus the incident's stable fields. */
  private Map<String, String> views() {
    Seeded.Client api = new Seeded.Client(probe, tokens.valid());
    Map<String, String> views = new LinkedHashMap<>();
    for (String path : seeded.stableViews()) {
      Answer a = api.call("GET", path, null);
      views.put(path, a.status() + " " + a.text());
    }
    JsonNode incident = api.ok("GET", "/api/incidents/" + seeded.incidentUuid, null);
    views.put("incident", incident.path("uuid") + " " + incident.path("title") + " " + incident.path("source")
        + " " + incident.path("context"));
    views.put("incident count", api.ok("GET", "/api/incidents", null).path("pagination").path("total").asText());
    return views;
  }

  private String login() {
    Answer a = probe.send(probe.request("POST", "/api/auth/login",
            BodyPublishers.ofString("{\"username\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}"))
        .header("Content-Type", "application/json"));
    assertThat(a.status()).as(a.toString()).isEqualTo(200);
    return a.json().path("token").asText();
  }
}
