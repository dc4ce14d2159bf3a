package dev.akmatori.adapter.http.routing;

/** Path rules shared by routing, auth and the error mapper (contract §1.1). */
public final class RequestPaths {
  private RequestPaths() {}

  /** {@code path} without one trailing slash: {@code /api/skills/} is {@code /api/skills}. */
  public static String normalize(String path) {
    if (path == null || path.isEmpty()) {
      return "/";
    }
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
