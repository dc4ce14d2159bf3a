package dev.akmatori.adapter.http.connector;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.json.JsonBodies;
import dev.akmatori.adapter.http.json.JsonBody;
import dev.akmatori.domain.connector.HttpConnectorInput;
import dev.akmatori.domain.connector.HttpConnectorInput.AuthInput;
import dev.akmatori.domain.connector.HttpConnectorInput.ToolInput;
import io.javalin.http.Context;
import java.util.List;

/**
 * Reads the body of {@code POST}/{@code PUT /api/http-connectors}: the fields of §3.8 and nothing
 * else, {@code tools} as a bare array or {@code {"tools": [...]}}, {@code auth_config} an object or
 * {@code null} (clear). Type problems travel with the input so the use case answers them together
 * with the rule violations.
 */
final class HttpConnectorBody {
  private static final String[] FIELDS = {
    "tool_type_name", "base_url_field", "tools", "description", "auth_config", "enabled"
  };
  private static final String[] AUTH_FIELDS = {"method", "token_field", "header_name"};

  private HttpConnectorBody() {}

  static HttpConnectorInput read(JsonBodies bodies, Context ctx) {
    JsonBody body = bodies.read(ctx, FIELDS);
    String name = body.optionalString("tool_type_name");
    String baseUrlField = body.optionalString("base_url_field");
    String description = body.optionalString("description");
    List<ToolInput> tools = ToolDefinitionsBody.read(body);
    AuthInput auth = auth(body);
    Boolean enabled = body.optionalBoolean("enabled");
    return new HttpConnectorInput(
        name, description, baseUrlField, auth, body.isExplicitNull("auth_config"), tools, enabled, body.problems());
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
    NestedFields auth = new NestedFields(body, node, "auth_config.", AUTH_FIELDS);
    return new AuthInput(auth.string("method"), auth.string("token_field"), auth.string("header_name"));
  }
}
