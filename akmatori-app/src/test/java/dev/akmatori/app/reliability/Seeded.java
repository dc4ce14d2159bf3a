package dev.akmatori.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One resource of every kind, created through the API before the barrage, so that path parameters
 * can name real resources (the request reaches the handler, not a 404) and so that the end of the
 * suite can check nothing stored was lost. Also the revoked API keys of the credential cases.
 */
final class Seeded {
  static final String SKILL = "reliability-skill";
  static final String SCRIPT = "check.sh";
  static final String WEBHOOK_SECRET = "reliability-webhook-secret";
  static final String MULTIPART_BOUNDARY = "----ReliabilitySuiteBoundary7MA4YWxk";

  final long runbookId;
  final long apiKeyId;
  /** A key that authenticated once and was then disabled ({@code PUT enabled:false}). */
  final String disabledKey;
  /** A key that authenticated once and was then deleted. */
  final String deletedKey;
  final long contextFileId;
  final String incidentUuid;
  final String alertSourceUuid;
  final long toolId;
  final String sshKeyId;
  final long mcpServerId;
  final long connectorId;

  private final Client api;

  Seeded(Client api) {
    this.api = api;
    runbookId = api.created("POST", "/api/runbooks", "{\"title\":\"Disk full\",\"content\":\"Clean /var/log\"}")
        .get("id").asLong();
    JsonNode disabled = api.created("POST", "/api/api-keys", "{\"name\":\"reliability-disabled\"}");
    apiKeyId = disabled.get("id").asLong();
    disabledKey = disabled.get("key").asText();
    api.assertKeyWorks(disabledKey);
    api.ok("PUT", "/api/api-keys/" + apiKeyId, "{\"enabled\":false}");
    JsonNode deleted = api.created("POST", "/api/api-keys", "{\"name\":\"reliability-deleted\"}");
    deletedKey = deleted.get("key").asText();
    api.assertKeyWorks(deletedKey);
    api.ok("DELETE", "/api/api-keys/" + deleted.get("id").asLong(), null);
    contextFileId = api.upload(multipart("notes.md", "# Notes\nKeep calm.\n")).get("id").asLong();
    incidentUuid = api.created("POST", "/api/incidents", "{\"task\":\"Reliability probe incident\"}")
        .get("uuid").asText();
    alertSourceUuid = api.created("POST", "/api/alert-sources",
        "{\"source_type_name\":\"alertmanager\",\"name\":\"reliability\",\"webhook_secret\":\"" + WEBHOOK_SECRET + "\"}")
        .get("uuid").asText();
    toolId = api.created("POST", "/api/tools", "{\"tool_type_id\":" + sshTypeId() + ",\"name\":\"Reliability hosts\","
        + "\"settings\":{\"ssh_hosts\":[{\"hostname\":\"web-1\",\"address\":\"10.0.0.1\"}]}}").get("id").asLong();
    sshKeyId = api.created("POST", "/api/tools/" + toolId + "/ssh-keys",
        "{\"name\":\"deploy\",\"private_key\":\"" + rsaPrivateKeyPem().replace("\n", "\\n") + "\"}").get("id").asText();
    mcpServerId = api.created("POST", "/api/mcp-servers", "{\"name\":\"reliability\",\"transport\":\"streamable_http\","
        + "\"url\":\"http://127.0.0.1:9/mcp\",\"namespace_prefix\":\"rel\"}").get("id").asLong();
    api.created("POST", "/api/skills", "{\"name\":\"" + SKILL + "\",\"description\":\"Probe\",\"prompt\":\"Be careful.\"}");
    api.ok("PUT", "/api/skills/" + SKILL + "/scripts/" + SCRIPT, "{\"content\":\"#!/bin/sh\\necho ok\\n\"}");
    connectorId = api.created("POST", "/api/http-connectors", "{\"tool_type_name\":\"ReliabilityShop\","
        + "\"base_url_field\":\"url\",\"tools\":[{\"name\":\"ping\",\"http_method\":\"GET\",\"path\":\"/ping\"}]}")
        .get("id").asLong();
  }

  /**
   * A value for path parameter {@code param} of {@code op} that names a seeded resource, chosen by
   * the collection segment in front of it ({@code /api/tools/{id}} → the tool). A parameter of a
   * collection seeded here for the first time falls back to a well-formed value of its type.
   */
  String value(SpecOperation op, SpecOperation.PathParam param) {
    String[] segments = op.path().split("/");
    String collection = "";
    for (int i = 1; i < segments.length; i++) {
      if (segments[i].equals("{" + param.name() + "}")) {
        collection = segments[i - 1];
      }
    }
    Map<String, String> byCollection = new LinkedHashMap<>();
    byCollection.put("runbooks", String.valueOf(runbookId));
    byCollection.put("api-keys", String.valueOf(apiKeyId));
    byCollection.put("context", String.valueOf(contextFileId));
    byCollection.put("incidents", incidentUuid);
    byCollection.put("alert-sources", alertSourceUuid);
    byCollection.put("alert", alertSourceUuid);
    byCollection.put("tools", String.valueOf(toolId));
    byCollection.put("ssh-keys", sshKeyId);
    byCollection.put("mcp-servers", String.valueOf(mcpServerId));
    byCollection.put("skills", SKILL);
    byCollection.put("scripts", SCRIPT);
    byCollection.put("http-connectors", String.valueOf(connectorId));
    String seeded = byCollection.get(collection);
    if (seeded != null) {
      return seeded;
    }
    return param.isInteger() ? "424242" : UUID.randomUUID().toString();
  }

  /** Every path parameter of {@code op} named after a seeded resource. */
  Map<String, String> values(SpecOperation op) {
    Map<String, String> values = new LinkedHashMap<>();
    op.pathParams().forEach(p -> values.put(p.name(), value(op, p)));
    return values;
  }

  /**
   * Headers a route needs besides credentials to get past its own checks: a webhook of the seeded
   * alert source carries its secret, so bodies are judged (contract §4.1 step 5 comes before 6).
   */
  static Map<String, String> routeHeaders(SpecOperation op) {
    return op.path().contains("/webhook/") ? Map.of("Authorization", WEBHOOK_SECRET) : Map.of();
  }

  /** GET answers whose bytes must be the same after the barrage as before it. */
  List<String> stableViews() {
    return List.of(
        "/api/runbooks", "/api/runbooks/" + runbookId,
        "/api/api-keys", "/api/api-keys/" + apiKeyId,
        "/api/context", "/api/context/" + contextFileId, "/api/context/" + contextFileId + "/download",
        "/api/alert-sources", "/api/alert-sources/" + alertSourceUuid, "/api/alerts",
        "/api/tool-types", "/api/tools", "/api/tools/" + toolId, "/api/tools/" + toolId + "/ssh-keys",
        "/api/mcp-servers", "/api/mcp-servers/" + mcpServerId,
        "/api/skills", "/api/skills/" + SKILL, "/api/skills/" + SKILL + "/prompt",
        "/api/skills/" + SKILL + "/tools", "/api/skills/" + SKILL + "/scripts",
        "/api/skills/" + SKILL + "/scripts/" + SCRIPT,
        "/api/http-connectors", "/api/http-connectors/" + connectorId,
        "/api/settings/general", "/api/settings/slack", "/api/settings/llm", "/api/settings/proxy",
        "/api/settings/retention");
  }

  /** A {@code multipart/form-data} body with one {@code file} part. */
  static byte[] multipart(String filename, String content) {
    String text = "--" + MULTIPART_BOUNDARY + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
        + "Content-Type: text/markdown\r\n\r\n"
        + content + "\r\n--" + MULTIPART_BOUNDARY + "--\r\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private long sshTypeId() {
    for (JsonNode type : api.ok("GET", "/api/tool-types", null)) {
      if (type.get("name").asText().equals("ssh")) {
        return type.get("id").asLong();
      }
    }
    throw new AssertionError("no ssh tool type is seeded");
  }

  private static String rsaPrivateKeyPem() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
      return "-----BEGIN PRIVATE KEY-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pkcs8)
          + "\n-----END PRIVATE KEY-----\n";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK has RSA", e);
    }
  }

  /** Authenticated JSON calls that must succeed; the seeding is not under test. */
  static final class Client {
    private final Probe probe;
    private final String token;

    Client(Probe probe, String token) {
      this.probe = probe;
      this.token = token;
    }

    JsonNode created(String method, String path, String json) {
      return expect(201, method, path, json);
    }

    JsonNode ok(String method, String path, String json) {
      Answer a = call(method, path, json);
      assertThat(a.status()).as("%s %s: %s", method, path, a).isBetween(200, 204);
      return a.status() == 204 ? null : a.json();
    }

    Answer call(String method, String path, String json) {
      var request = json == null
          ? probe.request(method, path)
          : probe.request(method, path, BodyPublishers.ofString(json)).header("Content-Type", "application/json");
      return probe.send(request.header("Authorization", "Bearer " + token));
    }

    JsonNode upload(byte[] multipart) {
      Answer a = probe.send(probe.request("POST", "/api/context", BodyPublishers.ofByteArray(multipart))
          .header("Authorization", "Bearer " + token)
          .header("Content-Type", "multipart/form-data; boundary=" + MULTIPART_BOUNDARY));
      assertThat(a.status()).as("upload: %s", a).isEqualTo(201);
      return a.json();
    }

    void assertKeyWorks(String key) {
      Answer a = probe.send(probe.request("GET", "/api/auth/verify").header("X-API-Key", key));
      assertThat(a.status()).as("a fresh API key authenticates: %s", a).isEqualTo(200);
    }

    private JsonNode expect(int status, String method, String path, String json) {
      Answer a = call(method, path, json);
      assertThat(a.status()).as("%s %s: %s", method, path, a).isEqualTo(status);
      return a.json();
    }
  }
}
