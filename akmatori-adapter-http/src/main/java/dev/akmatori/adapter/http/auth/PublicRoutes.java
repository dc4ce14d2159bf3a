package dev.akmatori.adapter.http.auth;

import dev.akmatori.adapter.http.routing.RequestPaths;
import io.javalin.http.HandlerType;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The paths of contract §1.2 that need no credentials, for every method, and the two routes where a
 * JWT may come as {@code ?token=} because browsers cannot send headers there.
 */
final class PublicRoutes {
  private static final Set<String> EXACT =
      Set.of("/api/health", "/api/auth/login", "/auth/login", "/api/openapi.yaml", "/api/docs");
  private static final Pattern WEBHOOK = Pattern.compile("(/api)?/webhook/alert/[^/]+");
  private static final Pattern TOKEN_IN_QUERY =
      Pattern.compile("/api/context/[^/]+/download|/api/incidents/[^/]+/events");

  private PublicRoutes() {}

  static boolean isPublic(String path) {
    String p = RequestPaths.normalize(path);
    return EXACT.contains(p) || p.startsWith("/api/docs/") || WEBHOOK.matcher(p).matches();
  }

  static boolean acceptsQueryToken(HandlerType method, String path) {
    return HandlerType.GET.equals(method)
        && TOKEN_IN_QUERY.matcher(RequestPaths.normalize(path)).matches();
  }
}
