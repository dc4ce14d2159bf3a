package dev.akmatori.domain.connector;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a tool parameter goes in the request: the {@code in} of a Param (contract §3.8). */
public enum ParamLocation {
  /** Replaces {@code {{name}}} in the path, URL-path-escaped. */
  PATH,
  /** Appended to the query string, URL-encoded. */
  QUERY,
  /** A key of the JSON object body (POST and PUT only). */
  BODY,
  /** A request header named after the parameter. */
  HEADER;

  /** The accepted wire names, for the {@code must be one of} message. */
  public static final String CHOICES = "path, query, body, header";

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The location of exactly this wire name (case-sensitive), if any. */
  public static Optional<ParamLocation> fromWireName(String name) {
    return Arrays.stream(values()).filter(l -> l.wireName().equals(name)).findFirst();
  }
}
