package dev.akmatori.adapter.llm.tool.clickhouse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.akmatori.adapter.llm.tool.sql.ResultTable;
import dev.akmatori.adapter.llm.tool.sql.ResultTable.Column;
import dev.akmatori.application.investigation.tool.ToolCallException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ClickHouse's replies: {@code JSONCompact} ({@code meta}, {@code data}) into a {@link
 * ResultTable}, and errors ({@code Code: 60. DB::Exception: …}, as the body of a non-2xx reply, in
 * an {@code exception} field, or after partial output) into tool errors. Values pass through as
 * ClickHouse renders them (64-bit integers are strings there).
 */
final class ChReplies {
  static final int MAX_ERROR_CHARS = 2000;
  private static final Pattern CODE = Pattern.compile("Code: (\\d+)\\. DB::Exception");
  /** READONLY: the user's profile already has readonly=1, so no setting may be sent with a query. */
  private static final String READONLY_CODE = "164";

  private final ObjectMapper mapper =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  ResultTable table(String body, int limit) {
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw exceptionIn(body).map(text -> failure("ClickHouse error: ", text)).orElseThrow(
          () -> new ToolCallException("ClickHouse sent a reply that is not JSON: " + cut(body, 200)));
    }
    if (root.hasNonNull("exception")) {
      throw failure("ClickHouse error: ", root.get("exception").asText());
    }
    if (!root.path("meta").isArray() || !root.path("data").isArray()) {
      throw new ToolCallException("ClickHouse sent JSON without meta and data: " + cut(body, 200));
    }
    List<Column> columns = new ArrayList<>();
    root.get("meta").forEach(c -> columns.add(new Column(c.path("name").asText(), c.path("type").asText())));
    List<List<Object>> rows = new ArrayList<>();
    for (JsonNode row : root.get("data")) {
      List<Object> values = new ArrayList<>(columns.size());
      row.forEach(value -> values.add(mapper.convertValue(value, Object.class)));
      rows.add(values);
    }
    return ResultTable.limited(columns, rows, limit);
  }

  /** The tool error for a non-2xx reply. */
  ToolCallException error(int status, String body) {
    String text = body.isBlank() ? "(no message)" : body.strip();
    return failure("ClickHouse HTTP " + status + ": ", text);
  }

  private static ToolCallException failure(String prefix, String text) {
    String message = prefix + cut(text, MAX_ERROR_CHARS);
    Matcher code = CODE.matcher(text);
    if (code.find() && READONLY_CODE.equals(code.group(1))) {
      message += "; the user's profile has readonly=1, but Akmatori sends readonly=1 and result"
          + " limits with every query, which needs readonly=2 (or 0) in the profile";
    }
    return new ToolCallException(message);
  }

  /** The exception text ClickHouse appends when a query fails after output has started. */
  private static Optional<String> exceptionIn(String body) {
    Matcher code = CODE.matcher(body);
    return code.find() ? Optional.of(body.substring(code.start()).strip()) : Optional.empty();
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
