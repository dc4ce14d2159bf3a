package dev.akmatori.adapter.llm.tool.kubernetes;

import dev.akmatori.adapter.llm.tool.integration.ApiPaths;
import dev.akmatori.application.investigation.tool.ToolCallException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The read-only fence of {@code kubernetes.api_request} (contract §6.10). The path is
 * percent-decoded until stable (so {@code %73ecrets} or {@code %252e%252e} hide nothing), then:
 * it must be {@code /api} or {@code /apis} or below; a segment equal to {@code secrets} → {@code
 * access to secrets is not allowed}; a segment naming the {@code exec}, {@code attach}, {@code
 * portforward} or {@code proxy} subresource → {@code access to <subresource> is not allowed}; a
 * {@code watch} segment or a {@code watch}/{@code follow} parameter → {@code streaming requests are
 * not allowed}; dot segments and a query string in the path are refused too. Segments compare
 * ignoring case. Refusing a pod that happens to be named {@code proxy} is the accepted price.
 */
final class ApiRequestGuard {
  static final String SECRETS = "access to secrets is not allowed";
  static final String STREAMING = "streaming requests are not allowed";
  private static final Set<String> SUBRESOURCES = Set.of("exec", "attach", "portforward", "proxy");
  private static final Set<String> STREAM_PARAMETERS = Set.of("watch", "follow");

  private ApiRequestGuard() {}

  /**
   * The decoded path segments (without the leading empty one) when the request may be sent.
   *
   * @throws ToolCallException with the refusal text otherwise
   */
  static List<String> check(String rawPath, Map<String, Object> params) {
    String decoded = ApiPaths.decodeFully(rawPath.strip());
    int query = indexOfAny(decoded, "?#");
    String path = query < 0 ? decoded : decoded.substring(0, query);
    String queryString = query < 0 ? "" : decoded.substring(query + 1);
    if (!(path.equals("/api") || path.equals("/apis") || path.startsWith("/api/") || path.startsWith("/apis/"))) {
      throw new ToolCallException("path must start with /api or /apis");
    }
    List<String> segments = new ArrayList<>();
    for (String segment : path.substring(1).split("/")) {
      if (segment.equals(".") || segment.equals("..")) {
        throw new ToolCallException("path must not contain '.' or '..' segments");
      }
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    if (segments.stream().anyMatch(s -> s.equalsIgnoreCase("secrets"))) {
      throw new ToolCallException(SECRETS);
    }
    for (String segment : segments) {
      String lower = segment.toLowerCase(Locale.ROOT);
      if (SUBRESOURCES.contains(lower)) {
        throw new ToolCallException("access to " + lower + " is not allowed");
      }
    }
    if (segments.stream().anyMatch(s -> s.equalsIgnoreCase("watch")) || streams(params, queryString)) {
      throw new ToolCallException(STREAMING);
    }
    if (query >= 0) {
      throw new ToolCallException("path must not carry a query string; pass parameters in params");
    }
    return segments;
  }

  private static boolean streams(Map<String, Object> params, String queryString) {
    if (params.keySet().stream().anyMatch(k -> STREAM_PARAMETERS.contains(k.strip().toLowerCase(Locale.ROOT)))) {
      return true;
    }
    for (String pair : queryString.split("[&;]")) {
      String name = pair.split("=", 2)[0].strip().toLowerCase(Locale.ROOT);
      if (STREAM_PARAMETERS.contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static int indexOfAny(String text, String characters) {
    for (int i = 0; i < text.length(); i++) {
      if (characters.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
