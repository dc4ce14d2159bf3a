package dev.akmatori.application.investigation.function;

import dev.akmatori.application.investigation.context.ContextFileInfo;
import dev.akmatori.application.investigation.context.ContextLibrary;
import dev.akmatori.application.model.FunctionSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code list_context_files}: the reference documents the agent can read. */
final class ListContextFilesFunction implements AgentFunction {
  private static final FunctionSpec SPEC = new FunctionSpec(
      "list_context_files",
      "List the context files (architecture notes, inventories, procedures) you can read with"
          + " read_context_file. Returns [{filename, description, mime_type, size}].",
      Schemas.object(List.of()));

  private final ContextLibrary files;

  ListContextFilesFunction(ContextLibrary files) {
    this.files = files;
  }

  @Override
  public FunctionSpec spec() {
    return SPEC;
  }

  @Override
  public Object call(Map<String, Object> arguments, CallContext context) {
    return files.list().stream().map(ListContextFilesFunction::row).collect(Collectors.toList());
  }

  private static Map<String, Object> row(ContextFileInfo file) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("filename", file.filename());
    row.put("description", file.description());
    row.put("mime_type", file.mimeType());
    row.put("size", file.size());
    return row;
  }
}
