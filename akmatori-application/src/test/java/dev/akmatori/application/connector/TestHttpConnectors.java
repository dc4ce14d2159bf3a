package dev.akmatori.application.connector;

import dev.akmatori.domain.connector.AuthMethod;
import dev.akmatori.domain.connector.ConnectorAuth;
import dev.akmatori.domain.connector.ConnectorParam;
import dev.akmatori.domain.connector.HttpConnectorInput;
import dev.akmatori.domain.connector.HttpConnectorInput.AuthInput;
import dev.akmatori.domain.connector.HttpConnectorInput.ParamInput;
import dev.akmatori.domain.connector.HttpConnectorInput.ToolInput;
import dev.akmatori.domain.connector.HttpConnectorSpec;
import dev.akmatori.domain.connector.HttpMethod;
import dev.akmatori.domain.connector.ParamLocation;
import dev.akmatori.domain.connector.ParamType;
import dev.akmatori.domain.connector.ToolDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small factories of HTTP connector settings for tests of every layer. */
public final class TestHttpConnectors {
  private TestHttpConnectors() {}

  /** {@code get_item GET /items/{{id}}} with a path, a query (default 10), a header and no body. */
  public static ToolDefinition getItem() {
    return new ToolDefinition("get_item", "Reads one item", HttpMethod.GET, "/items/{{id}}", List.of(
        new ConnectorParam("id", ParamType.STRING, true, ParamLocation.PATH, null),
        new ConnectorParam("limit", ParamType.INTEGER, false, ParamLocation.QUERY, 10L),
        new ConnectorParam("X-Trace", ParamType.STRING, false, ParamLocation.HEADER, null)), true);
  }

  /** {@code create_item POST /items}, a write with body params of every default kind. */
  public static ToolDefinition createItem() {
    Map<String, Object> tags = new LinkedHashMap<>();
    tags.put("env", "prod");
    tags.put("list", List.of(1L, 2.5, true, "ü 🚀"));
    return new ToolDefinition("create_item", "Creates an item", HttpMethod.POST, "items", List.of(
        new ConnectorParam("title", ParamType.STRING, true, ParamLocation.BODY, null),
        new ConnectorParam("price", ParamType.NUMBER, false, ParamLocation.BODY, 9.99),
        new ConnectorParam("urgent", ParamType.BOOLEAN, false, ParamLocation.BODY, false),
        new ConnectorParam("tags", ParamType.STRING, false, ParamLocation.BODY, tags)), false);
  }

  /** A connector with bearer-token auth (setting {@code token}) and both tools. */
  public static HttpConnectorSpec bearer(String name) {
    return new HttpConnectorSpec(name, "The " + name + " API", "base_url",
        new ConnectorAuth(AuthMethod.BEARER_TOKEN, null, null), List.of(getItem(), createItem()), true);
  }

  /** A connector without auth and one read-only tool. */
  public static HttpConnectorSpec open(String name) {
    return new HttpConnectorSpec(name, "", "url", null, List.of(getItem()), true);
  }

  /** The creation input of a connector with one GET tool and the given auth (null: none). */
  public static HttpConnectorInput input(String name, AuthInput auth) {
    ToolInput tool = new ToolInput("list_items", "Lists items", "GET", "/items",
        List.of(new ParamInput("q", null, false, "query", null)), null);
    return new HttpConnectorInput(name, "Test API", "base_url", auth, false, List.of(tool), null, null);
  }

  /** An update input that only renames the connector. */
  public static HttpConnectorInput rename(String name) {
    return new HttpConnectorInput(name, null, null, null, false, null, null, null);
  }

  /** An update input that only sets {@code auth_config} (null with {@code clear}: remove it). */
  public static HttpConnectorInput authChange(AuthInput auth, boolean clear) {
    return new HttpConnectorInput(null, null, null, auth, clear, null, null, null);
  }
}
