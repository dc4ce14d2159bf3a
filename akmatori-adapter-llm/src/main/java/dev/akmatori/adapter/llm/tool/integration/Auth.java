package dev.akmatori.adapter.llm.tool.integration;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.Credentials;
import okhttp3.Request;

/**
 * How an integration authenticates each request, and which values must never appear in an error
 * message built from a reply (some servers echo the {@code Authorization} header).
 */
public interface Auth {
  /** No authentication. */
  Auth NONE = new Auth() {
    @Override
    public void apply(Request.Builder request) {}

    @Override
    public List<String> secrets() {
      return List.of();
    }
  };

  /** Adds the credentials to {@code request}. */
  void apply(Request.Builder request);

  /** The clear secret values this auth sends. */
  List<String> secrets();

  /** {@code Authorization: Bearer <token>}; no header when the token is blank. */
  static Auth bearer(String token) {
    return token == null || token.isBlank() ? NONE : header("Authorization", "Bearer " + token, token);
  }

  /** HTTP Basic with UTF-8 credentials. */
  static Auth basic(String username, String password) {
    String user = username == null ? "" : username;
    String pass = password == null ? "" : password;
    return header("Authorization", Credentials.basic(user, pass, StandardCharsets.UTF_8), pass);
  }

  /**
   * No header (the integration authenticates each request itself, e.g. Zabbix), but {@code
   * secrets} are still masked in error messages.
   */
  static Auth hiding(String... secrets) {
    List<String> hidden = Arrays.stream(secrets).filter(s -> s != null && !s.isEmpty())
        .collect(Collectors.toUnmodifiableList());
    return new Auth() {
      @Override
      public void apply(Request.Builder request) {}

      @Override
      public List<String> secrets() {
        return hidden;
      }

      @Override
      public String toString() {
        return "Auth[per request]";
      }
    };
  }

  /** One header whose value (and {@code secret}) is hidden from error messages. */
  static Auth header(String name, String value, String secret) {
    return new Auth() {
      @Override
      public void apply(Request.Builder request) {
        request.header(name, value);
      }

      @Override
      public List<String> secrets() {
        return secret == null || secret.isEmpty() ? List.of(value) : List.of(value, secret);
      }

      @Override
      public String toString() {
        return "Auth[" + name + ": ****]";
      }
    };
  }
}
