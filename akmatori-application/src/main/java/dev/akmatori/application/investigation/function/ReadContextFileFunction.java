package dev.akmatori.application.investigation.function;

import dev.akmatori.application.investigation.context.ContextLibrary;
import dev.akmatori.application.model.FunctionSpec;
import dev.akmatori.domain.context.ContextFileName;
import java.util.List;
import java.util.Map;

/** {@code read_context_file}: a window of a context file's text (a PDF's extracted text). */
final class ReadContextFileFunction implements AgentFunction {
  static final int DEFAULT_LIMIT = 50_000;

  private static final FunctionSpec SPEC = new FunctionSpec(
      "read_context_file",
      "Read a context file's text (for a PDF, its extracted text), from character 'offset', at most"
          + " 'limit' characters (default 50000).",
      Schemas.object(List.of("filename"),
          "filename", Schemas.string("File name as listed by list_context_files"),
          "offset", Schemas.integer("First character to return (default 0)", 0, null),
          "limit", Schemas.integer("Maximum number of characters (default 50000)", 1, null)));

  private final ContextLibrary files;

  ReadContextFileFunction(ContextLibrary files) {
    this.files = files;
  }

  @Override
  public FunctionSpec spec() {
    return SPEC;
  }

  @Override
  public Object call(Map<String, Object> arguments, CallContext context) {
    String filename = CallArguments.requiredString(arguments, "filename").strip();
    int offset = CallArguments.optionalInt(arguments, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = CallArguments.optionalInt(arguments, "limit", DEFAULT_LIMIT, 1, Integer.MAX_VALUE);
    FunctionException missing = new FunctionException("context file '" + filename + "' not found");
    if (ContextFileName.problem(filename) != null) {
      throw missing;
    }
    String text = files.text(new ContextFileName(filename)).orElseThrow(() -> missing);
    return window(text, offset, limit);
  }

  /** Characters {@code [offset, offset + limit)} of {@code text}, minus a split surrogate half at either end. */
  static String window(String text, int offset, int limit) {
    int from = Math.min(offset, text.length());
    int to = (int) Math.min((long) from + limit, text.length());
    if (from > 0 && from < to && Character.isLowSurrogate(text.charAt(from))) {
      from++;
    }
    if (to < text.length() && to > from && Character.isHighSurrogate(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }
}
