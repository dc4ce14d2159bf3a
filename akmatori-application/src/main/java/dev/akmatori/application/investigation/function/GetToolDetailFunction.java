package dev.akmatori.application.investigation.function;

import dev.akmatori.application.investigation.tool.CallableTool;
import dev.akmatori.application.investigation.tool.ToolSession;
import dev.akmatori.application.model.FunctionSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code get_tool_detail}: one callable tool with its input schema. */
final class GetToolDetailFunction implements AgentFunction {
  private static final FunctionSpec SPEC = new FunctionSpec(
      "get_tool_detail",
      "Describe one tool that call_tool accepts, with the JSON Schema of its arguments. Returns"
          + " {name, description, read_only, input_schema, instances}.",
      Schemas.object(List.of("name"), "name", Schemas.string("Tool name, e.g. 'zabbix.get_problems'")));

  private final ToolSession tools;

  GetToolDetailFunction(ToolSession tools) {
    this.tools = tools;
  }

  @Override
  public FunctionSpec spec() {
    return SPEC;
  }

  @Override
  public Object call(Map<String, Object> arguments, CallContext context) {
    String name = CallArguments.requiredString(arguments, "name").strip();
    CallableTool tool = tools.tool(name).orElseThrow(() ->
        new FunctionException("tool '" + name + "' is not available to this investigation"));
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("name", tool.name());
    detail.put("description", tool.description());
    detail.put("read_only", tool.readOnly());
    detail.put("input_schema", tool.inputSchema());
    detail.put("instances", tool.instances());
    return detail;
  }
}
