package dev.akmatori.application.investigation.function;

import dev.akmatori.application.model.FunctionSpec;
import dev.akmatori.application.runbook.RunbookRepository;
import dev.akmatori.domain.runbook.RunbookMatch;
import dev.akmatori.domain.runbook.RunbookSearch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code search_runbooks}: the ranked runbook search of contract §3.7, best matches first. */
final class SearchRunbooksFunction implements AgentFunction {
  private static final FunctionSpec SPEC = new FunctionSpec(
      "search_runbooks",
      "Search the runbooks (operational procedures) by keywords. Use 3-5 short keywords without"
          + " hyphens, host names or qualifiers; retry with fewer keywords when nothing matches."
          + " Returns [{id, title, score, snippet}], best first.",
      Schemas.object(List.of("query"),
          "query", Schemas.string("Keywords, e.g. 'disk space full'"),
          "limit", Schemas.integer("Maximum number of results (1-20, default 5)", 1, 20)));

  private final RunbookRepository runbooks;

  SearchRunbooksFunction(RunbookRepository runbooks) {
    this.runbooks = runbooks;
  }

  @Override
  public FunctionSpec spec() {
    return SPEC;
  }

  @Override
  public Object call(Map<String, Object> arguments, CallContext context) {
    String query = CallArguments.requiredString(arguments, "query");
    int limit = CallArguments.optionalInt(arguments, "limit", 5, 1, 20);
    return RunbookSearch.search(runbooks.all(), query).stream()
        .limit(limit)
        .map(SearchRunbooksFunction::row)
        .collect(Collectors.toList());
  }

  private static Map<String, Object> row(RunbookMatch match) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", match.runbook().id().value());
    row.put("title", match.runbook().title());
    row.put("score", match.score());
    row.put("snippet", match.snippet());
    return row;
  }
}
