package dev.akmatori.application.investigation.function;

import dev.akmatori.application.investigation.IncidentWorkspace;
import dev.akmatori.application.model.FunctionSpec;
import java.util.List;
import java.util.Map;

/**
 * {@code read_workspace_file}: a window of a text file in the incident workspace. The default
 * window (6,000 characters) stays below the 8,192-character spill threshold, so a saved tool output
 * can be read back page by page instead of being saved again.
 */
final class ReadWorkspaceFileFunction implements AgentFunction {
  static final int DEFAULT_LIMIT = 6_000;

  private static final FunctionSpec SPEC = new FunctionSpec(
      "read_workspace_file",
      "Read a text file of the incident workspace (e.g. a saved tool output under tool_outputs/),"
          + " from character 'offset', at most 'limit' characters (default 6000). Page through"
          + " large files with offset.",
      Schemas.object(List.of("path"),
          "path", Schemas.string("Path relative to the workspace, e.g. 'tool_outputs/x.json'"),
          "offset", Schemas.integer("First character to return (default 0)", 0, null),
          "limit", Schemas.integer("Maximum number of characters (default 6000)", 1, null)));

  private final IncidentWorkspace workspace;

  ReadWorkspaceFileFunction(IncidentWorkspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public FunctionSpec spec() {
    return SPEC;
  }

  @Override
  public Object call(Map<String, Object> arguments, CallContext context) {
    String path = CallArguments.requiredString(arguments, "path").strip();
    int offset = CallArguments.optionalInt(arguments, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = CallArguments.optionalInt(arguments, "limit", DEFAULT_LIMIT, 1, Integer.MAX_VALUE);
    return workspace.read(context.incident(), path, offset, limit);
  }
}
