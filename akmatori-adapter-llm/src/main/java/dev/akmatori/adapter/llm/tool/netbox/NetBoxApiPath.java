package dev.akmatori.adapter.llm.tool.netbox;

import dev.akmatori.adapter.llm.tool.integration.ApiPaths;
import dev.akmatori.adapter.llm.tool.integration.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The fence of {@code netbox.api_request} (contract §6.9: GET only, path under {@code /api/}). The
 * path is percent-decoded until stable (so {@code %2e%2e} or {@code %252e%252e} hide nothing) and
 * then refused, before anything is sent, when it: is an absolute URL or starts with {@code //}
 * (another host); holds a backslash, whitespace or a control character; carries a query string or
 * fragment (parameters go in {@code query_params}); has a segment that is {@code .}, or begins
 * with {@code ..}; or does not start with {@code /api/} (case-sensitive, as NetBox routes are). A
 * missing leading slash is added. The result is the decoded segments, which the caller re-encodes
 * one by one under {@code netbox_url}, so nothing in the path can climb out of it.
 */
final class NetBoxApiPath {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
  private static final Pattern UNSAFE = Pattern.compile("[\\\\\\s\\p{Cntrl}]");

  private NetBoxApiPath() {}

  /**
   * The path's segments, starting with {@code api}, without empty ones.
   *
   * @throws dev.akmatori.application.investigation.tool.ToolCallException {@code invalid arguments:
   *     path: …} when the path is refused
   */
  static List<String> segments(String raw) {
    String given = raw == null ? "" : raw.strip();
    if (given.isEmpty()) {
      throw Arguments.invalid("path", "is required");
    }
    String path = ApiPaths.decodeFully(given);
    if (SCHEME.matcher(path).matches() || path.startsWith("//")) {
      throw Arguments.invalid("path", "must be a path under /api/ of netbox_url, not a URL");
    }
    if (UNSAFE.matcher(path).find()) {
      throw Arguments.invalid("path", "must not contain backslashes, whitespace or control characters");
    }
    if (path.contains("?") || path.contains("#")) {
      throw Arguments.invalid("path", "must not carry a query string; pass parameters in query_params");
    }
    String absolute = path.startsWith("/") ? path : "/" + path;
    List<String> segments = new ArrayList<>();
    for (String segment : absolute.substring(1).split("/")) {
      if (segment.equals(".") || segment.startsWith("..")) {
        throw Arguments.invalid("path", "must not contain '.' or '..' segments");
      }
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    if (segments.isEmpty() || !segments.get(0).equals("api")) {
      throw Arguments.invalid("path", "must start with /api/");
    }
    return segments;
  }
}
