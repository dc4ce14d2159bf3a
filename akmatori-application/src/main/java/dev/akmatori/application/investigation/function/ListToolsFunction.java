package dev.akmatori.application.investigation.function;

import dev.akmatori.application.investigation.tool.CallableTool;
import dev.akmatori.application.investigation.tool.ToolName;
import dev.akmatori.application.investigation.tool.ToolSession;
import dev.akmatori.application.model.FunctionSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code list_tools}: the names {@code call_tool} accepts, optionally of one namespace. */
final class ListToolsFunction implements AgentFunction {
  private static final FunctionSpec SPEC = new FunctionSpec(
      "list_tools",
      "List the tools you can run with call_tool: built-in integrations, HTTP connector tools and"
          + " MCP server tools, named '<namespace>.<operation>'. Returns [{name, description,"
          + " read_only, instances}].",
      Schemas.object(List.of(),
          "namespace", Schemas.string("Only tools of this namespace, e.g. 'zabbix' or 'github'")));

  private final ToolSession tools;

  ListToolsFunction(ToolSession tools) {
    this.tools = tools;
  }

  @Override
  public FunctionSpec spec() {
    return SPEC;
  }

  @Override
  public Object call(Map<String, Object> arguments, CallContext context) {
    Optional<String> namespace = CallArguments.optionalString(arguments, "namespace")
        .map(String::strip)
        .filter(s -> !s.isEmpty());
    return tools.tools().stream()
        .filter(t -> namespace.isEmpty()
            || ToolName.parse(t.name()).orElseThrow().namespace().equalsIgnoreCase(namespace.get()))
        .map(ListToolsFunction::row)
        .collect(Collectors.toList());
  }

  private static Map<String, Object> row(CallableTool tool) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("name", tool.name());
    row.put("description", tool.description());
    row.put("read_only", tool.readOnly());
    row.put("instances", tool.instances());
    return row;
  }
}
