package dev.akmatori.adapter.http.auth;

/** Who a request runs as: the admin user (by JWT) or an API key (by its name). */
record Principal(String name, boolean apiKey) {
  static Principal admin(String username) {
    return new Principal(username, false);
  }

  static Principal apiKey(String keyName) {
    return new Principal(keyName, true);
  }

  /** The name {@code GET /api/auth/verify} reports: the username, or {@code api-key:<name>}. */
  String displayName() {
    return apiKey ? "api-key:" + name : name;
  }
}
