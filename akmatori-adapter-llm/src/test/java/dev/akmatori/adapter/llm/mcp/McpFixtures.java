package dev.akmatori.adapter.llm.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.TypeRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shared fixtures {@code ../shared/fixtures/mcp/*.json} (recorded tools/list results). */
final class McpFixtures {
  /** {@code ../shared/fixtures} beside the repository, seen from this module's directory. */
  private static final Path DIR = Path.of("..", "..", "shared", "fixtures", "mcp");

  private McpFixtures() {}

  static String text(String name) {
    try {
      return Files.readString(DIR.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException("Missing fixture " + DIR.resolve(name), e);
    }
  }

  /** Tool name → its readOnlyHint (false when absent), in recorded order. */
  static Map<String, Boolean> readOnly(String name) {
    Map<String, Boolean> out = new LinkedHashMap<>();
    for (Map<String, Object> tool : tools(name)) {
      Object annotations = tool.get("annotations");
      Object hint = annotations instanceof Map ? ((Map<?, ?>) annotations).get("readOnlyHint") : null;
      out.put((String) tool.get("name"), Boolean.TRUE.equals(hint));
    }
    return out;
  }

  static List<String> names(String name) {
    return List.copyOf(readOnly(name).keySet());
  }

  private static List<Map<String, Object>> tools(String name) {
    try {
      return McpJsonDefaults.getMapper().readValue(text(name), new TypeRef<List<Map<String, Object>>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
