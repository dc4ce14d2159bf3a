package dev.akmatori.adapter.http.connector;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.json.JsonBody;
import dev.akmatori.domain.connector.HttpConnectorInput.ParamInput;
import dev.akmatori.domain.connector.HttpConnectorInput.ToolInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code tools}: a bare array of ToolDef objects or {@code {"tools": [...]}}. Anything else,
 * or an element that is not an object, is {@code tools: must be an array of tool definitions}.
 */
final class ToolDefinitionsBody {
  static final String NOT_TOOLS = "must be an array of tool definitions";
  private static final String[] TOOL_FIELDS = {"name", "description", "http_method", "path", "params", "read_only"};
  private static final String[] PARAM_FIELDS = {"name", "type", "required", "in", "default"};

  private ToolDefinitionsBody() {}

  /** The tools as sent, or null when absent or unusable (the problem is recorded). */
  static List<ToolInput> read(JsonBody body) {
    JsonNode node = body.optionalNode("tools");
    if (node != null && node.isObject() && node.size() == 1 && node.has("tools")) {
      node = node.get("tools");
    }
    if (node == null) {
      return null;
    }
    if (!node.isArray() || !allObjects(node)) {
      body.reject("tools", NOT_TOOLS);
      return null;
    }
    List<ToolInput> tools = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      tools.add(tool(new NestedFields(body, node.get(i), "tools[" + i + "].", TOOL_FIELDS), body));
    }
    return tools;
  }

  private static ToolInput tool(NestedFields tool, JsonBody body) {
    return new ToolInput(tool.string("name"), tool.string("description"), tool.string("http_method"),
        tool.string("path"), params(tool, body), tool.bool("read_only"));
  }

  private static List<ParamInput> params(NestedFields tool, JsonBody body) {
    JsonNode node = tool.value("params");
    if (node == null) {
      return null;
    }
    if (!node.isArray()) {
      body.reject(tool.path("params"), "must be an array");
      return null;
    }
    List<ParamInput> params = new ArrayList<>();
    for (int j = 0; j < node.size(); j++) {
      String at = tool.path("params[" + j + "]");
      if (!node.get(j).isObject()) {
        body.reject(at, "must be an object");
        params.add(null); // keeps the indexes of the following params
        continue;
      }
      NestedFields param = new NestedFields(body, node.get(j), at + ".", PARAM_FIELDS);
      params.add(new ParamInput(param.string("name"), param.string("type"), param.bool("required"),
          param.string("in"), param.any("default")));
    }
    return params;
  }

  private static boolean allObjects(JsonNode array) {
    for (JsonNode item : array) {
      if (!item.isObject()) {
        return false;
      }
    }
    return true;
  }
}
