package dev.akmatori.domain.connector;

import java.util.Arrays;
import java.util.Optional;

/** The HTTP methods a connector tool may use (contract §3.8). */
public enum HttpMethod {
  GET,
  POST,
  PUT,
  DELETE;

  /** The accepted wire names, for the {@code must be one of} message. */
  public static final String CHOICES = "GET, POST, PUT, DELETE";

  /** True for the methods that carry the JSON object of {@code body} params (POST and PUT). */
  public boolean sendsBody() {
    return this == POST || this == PUT;
  }

  /** The method of exactly this wire name (case-sensitive: {@code get} is not one), if any. */
  public static Optional<HttpMethod> fromWireName(String name) {
    return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst();
  }
}
