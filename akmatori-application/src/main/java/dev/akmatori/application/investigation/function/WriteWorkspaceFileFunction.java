package dev.akmatori.application.investigation.function;

import dev.akmatori.application.investigation.IncidentWorkspace;
import dev.akmatori.application.model.FunctionSpec;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code write_workspace_file}: creates or replaces a file in the incident workspace. {@code
 * transcript.jsonl} is the record of the runs and cannot be written by the agent.
 */
final class WriteWorkspaceFileFunction implements AgentFunction {
  private static final String TRANSCRIPT = "transcript.jsonl";

  private static final FunctionSpec SPEC = new FunctionSpec(
      "write_workspace_file",
      "Create or replace a text file in the incident workspace (notes, scripts, intermediate"
          + " results). Returns {path, size}.",
      Schemas.object(List.of("path", "content"),
          "path", Schemas.string("Path relative to the workspace, e.g. 'notes/findings.md'"),
          "content", Schemas.string("The file's full content")));

  private final IncidentWorkspace workspace;

  WriteWorkspaceFileFunction(IncidentWorkspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public FunctionSpec spec() {
    return SPEC;
  }

  @Override
  public Object call(Map<String, Object> arguments, CallContext context) {
    String path = CallArguments.requiredString(arguments, "path").strip();
    String content = CallArguments.presentString(arguments, "content");
    if (isTranscript(path)) {
      throw new FunctionException("path '" + path + "' is reserved for the investigation transcript");
    }
    long size = workspace.write(context.incident(), path, content);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("path", path);
    result.put("size", size);
    return result;
  }

  private static boolean isTranscript(String path) {
    try {
      return Path.of(path).normalize().toString().equals(TRANSCRIPT);
    } catch (InvalidPathException e) {
      return false; // the workspace rejects it
    }
  }
}
