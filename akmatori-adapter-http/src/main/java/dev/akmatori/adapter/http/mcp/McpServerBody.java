package dev.akmatori.adapter.http.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.json.JsonBodies;
import dev.akmatori.adapter.http.json.JsonBody;
import dev.akmatori.domain.mcp.McpServerInput;
import dev.akmatori.domain.mcp.McpServerInput.AuthInput;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the body of {@code POST}/{@code PUT /api/mcp-servers}: the fields of §3.9 and nothing else,
 * {@code args} as a bare array or {@code {"args": [...]}}, {@code env_vars} an object of strings,
 * {@code auth_config} an object or {@code null} (clear). Type problems travel with the input so
 * the use case answers them together with the rule violations.
 */
final class McpServerBody {
  private static final String[] FIELDS = {
    "name", "transport", "url", "command", "args", "env_vars", "namespace_prefix", "auth_config", "enabled"
  };
  private static final Set<String> AUTH_FIELDS = Set.of("type", "token", "header_name");
  private static final String STRINGS = "must be an array of strings";

  private McpServerBody() {}

  static McpServerInput read(JsonBodies bodies, Context ctx) {
    JsonBody body = bodies.read(ctx, FIELDS);
    String name = body.optionalString("name");
    String transport = body.optionalString("transport");
    String url = body.optionalString("url");
    String command = body.optionalString("command");
    List<String> args = args(body);
    Map<String, String> env = env(body);
    String prefix = body.optionalString("namespace_prefix");
    AuthInput auth = auth(body);
    Boolean enabled = body.optionalBoolean("enabled");
    return new McpServerInput(
        name, transport, url, command, args, env, prefix, auth, body.isExplicitNull("auth_config"), enabled,
        body.problems());
  }

  private static List<String> args(JsonBody body) {
    JsonNode node = body.optionalNode("args");
    if (node != null && node.isObject() && node.size() == 1 && node.has("args")) {
      node = node.get("args");
    }
    if (node == null) {
      return null;
    }
    List<String> args = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(item -> args.add(item.isTextual() ? item.textValue() : null));
    }
    if (!node.isArray() || args.contains(null)) {
      body.reject("args", STRINGS);
      return null;
    }
    return args;
  }

  private static Map<String, String> env(JsonBody body) {
    JsonNode node = body.optionalNode("env_vars");
    if (node == null) {
      return null;
    }
    if (!node.isObject()) {
      body.reject("env_vars", "must be an object");
      return null;
    }
    Map<String, String> env = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (e.getValue().isTextual()) {
        env.put(e.getKey(), e.getValue().textValue());
      } else {
        body.reject("env_vars." + e.getKey(), "must be a string");
      }
    }
    return env;
  }

  private static AuthInput auth(JsonBody body) {
    JsonNode node = body.optionalNode("auth_config");
    if (node == null) {
      return null;
    }
    if (!node.isObject()) {
      body.reject("auth_config", "must be an object");
      return null;
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String field = names.next();
      if (!AUTH_FIELDS.contains(field)) {
        body.reject("auth_config." + field, "unknown field");
      }
    }
    return new AuthInput(
        authString(body, node, "type"), authString(body, node, "token"), authString(body, node, "header_name"));
  }

  private static String authString(JsonBody body, JsonNode auth, String field) {
    JsonNode value = auth.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      body.reject("auth_config." + field, "must be a string");
      return null;
    }
    return value.textValue();
  }
}
