package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.application.investigation.tool.ToolCallException;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A {@code tools/call} result as the agent gets it (contract §5.4): a single text content is
 * unwrapped to its string; anything else becomes {@code {"content": [...], "structuredContent":
 * ...}} with each content item in MCP's own shape, binary data replaced by its decoded size
 * ({@code dataSize}, {@code blobSize}) and annotations and {@code _meta} left out. {@code isError}
 * results become a {@link ToolCallException} with their text. Every string passes through {@code
 * redact}, which masks the server's own secrets.
 */
final class CallResults {
  private CallResults() {}

  static Object toResult(McpSchema.CallToolResult result, UnaryOperator<String> redact) {
    List<McpSchema.Content> content = result.content() == null ? List.of() : result.content();
    if (Boolean.TRUE.equals(result.isError())) {
      String text = content.stream()
          .filter(c -> c instanceof McpSchema.TextContent)
          .map(c -> ((McpSchema.TextContent) c).text())
          .collect(Collectors.joining("\n"));
      throw new ToolCallException(text.isBlank() ? "the tool reported an error without a message" : redact.apply(text));
    }
    if (content.size() == 1 && content.get(0) instanceof McpSchema.TextContent) {
      return redact.apply(((McpSchema.TextContent) content.get(0)).text());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("content", content.stream().map(c -> item(c, redact)).collect(Collectors.toList()));
    if (result.structuredContent() != null) {
      out.put("structuredContent", JsonLike.mapStrings(result.structuredContent(), redact));
    }
    return out;
  }

  private static Map<String, Object> item(McpSchema.Content content, UnaryOperator<String> redact) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", content.type());
    if (content instanceof McpSchema.TextContent) {
      out.put("text", redact.apply(((McpSchema.TextContent) content).text()));
    } else if (content instanceof McpSchema.ImageContent) {
      McpSchema.ImageContent image = (McpSchema.ImageContent) content;
      putIfPresent(out, "mimeType", image.mimeType());
      out.put("dataSize", decodedSize(image.data()));
    } else if (content instanceof McpSchema.AudioContent) {
      McpSchema.AudioContent audio = (McpSchema.AudioContent) content;
      putIfPresent(out, "mimeType", audio.mimeType());
      out.put("dataSize", decodedSize(audio.data()));
    } else if (content instanceof McpSchema.ResourceLink) {
      McpSchema.ResourceLink link = (McpSchema.ResourceLink) content;
      putIfPresent(out, "uri", link.uri());
      putIfPresent(out, "name", link.name());
      putIfPresent(out, "title", link.title());
      putIfPresent(out, "description", link.description() == null ? null : redact.apply(link.description()));
      putIfPresent(out, "mimeType", link.mimeType());
      putIfPresent(out, "size", link.size());
    } else if (content instanceof McpSchema.EmbeddedResource) {
      out.put("resource", resource(((McpSchema.EmbeddedResource) content).resource(), redact));
    }
    return out;
  }

  private static Map<String, Object> resource(McpSchema.ResourceContents contents, UnaryOperator<String> redact) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (contents == null) {
      return out;
    }
    putIfPresent(out, "uri", contents.uri());
    putIfPresent(out, "mimeType", contents.mimeType());
    if (contents instanceof McpSchema.TextResourceContents) {
      out.put("text", redact.apply(((McpSchema.TextResourceContents) contents).text()));
    } else if (contents instanceof McpSchema.BlobResourceContents) {
      out.put("blobSize", decodedSize(((McpSchema.BlobResourceContents) contents).blob()));
    }
    return out;
  }

  private static void putIfPresent(Map<String, Object> out, String key, Object value) {
    if (value != null) {
      out.put(key, value);
    }
  }

  /** The number of bytes base64 text decodes to, without decoding it (padding and white space ignored). */
  static long decodedSize(String base64) {
    if (base64 == null) {
      return 0;
    }
    long symbols = 0;
    for (int i = 0; i < base64.length(); i++) {
      char c = base64.charAt(i);
      if (c != '=' && !Character.isWhitespace(c)) {
        symbols++;
      }
    }
    return symbols * 3 / 4;
  }

  /** JSON-like data with every string (keys too) passed through a function. */
  static final class JsonLike {
    private JsonLike() {}

    static Object mapStrings(Object value, UnaryOperator<String> f) {
      if (value instanceof String) {
        return f.apply((String) value);
      }
      if (value instanceof Map) {
        Map<String, Object> out = new LinkedHashMap<>();
        ((Map<?, ?>) value).forEach((k, v) -> out.put(f.apply(String.valueOf(k)), mapStrings(v, f)));
        return out;
      }
      if (value instanceof List) {
        List<Object> out = new ArrayList<>();
        ((List<?>) value).forEach(v -> out.add(mapStrings(v, f)));
        return out;
      }
      return value;
    }
  }
}
