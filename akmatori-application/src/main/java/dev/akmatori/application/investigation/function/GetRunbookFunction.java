package dev.akmatori.application.investigation.function;

import dev.akmatori.application.model.FunctionSpec;
import dev.akmatori.application.runbook.RunbookRepository;
import dev.akmatori.domain.runbook.Runbook;
import dev.akmatori.domain.runbook.RunbookId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code get_runbook}: one runbook's full text by id. */
final class GetRunbookFunction implements AgentFunction {
  private static final FunctionSpec SPEC = new FunctionSpec(
      "get_runbook",
      "Open a runbook by the id that search_runbooks returned. Returns {id, title, content}.",
      Schemas.object(List.of("id"), "id", Schemas.integer("Runbook id", 1, null)));

  private final RunbookRepository runbooks;

  GetRunbookFunction(RunbookRepository runbooks) {
    this.runbooks = runbooks;
  }

  @Override
  public FunctionSpec spec() {
    return SPEC;
  }

  @Override
  public Object call(Map<String, Object> arguments, CallContext context) {
    long id = id(arguments.get("id"));
    Runbook runbook = runbooks.find(new RunbookId(id))
        .orElseThrow(() -> new FunctionException("runbook " + id + " not found"));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("id", runbook.id().value());
    result.put("title", runbook.title());
    result.put("content", runbook.content());
    return result;
  }

  /** Models sometimes quote numbers: {@code "12"} is taken as 12. */
  private static long id(Object value) {
    if (value == null) {
      throw new FunctionException("missing required argument 'id'");
    }
    if (value instanceof String && ((String) value).strip().matches("[0-9]{1,18}")) {
      value = Long.parseLong(((String) value).strip());
    }
    int id = CallArguments.optionalInt(Map.of("id", value), "id", 0, 1, Integer.MAX_VALUE);
    return id;
  }
}
