package dev.akmatori.adapter.persistence;

import java.util.Objects;

/**
 * How to reach the database: a JDBC URL (H2 or PostgreSQL), credentials (empty = not passed to the
 * driver, so values in the URL apply) and the maximum pool size. {@link #toString()} masks the
 * password.
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int poolSize) {
  public DatabaseSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (jdbcUrl.isBlank()) {
      throw new IllegalArgumentException("jdbcUrl must not be blank");
    }
    user = user == null ? "" : user;
    password = password == null ? "" : password;
    if (poolSize < 1) {
      throw new IllegalArgumentException("poolSize must be at least 1: " + poolSize);
    }
  }

  @Override
  public String toString() {
    return "DatabaseSettings[jdbcUrl="
        + JdbcUrls.redacted(jdbcUrl)
        + ", user="
        + user
        + ", password="
        + (password.isEmpty() ? "" : "****")
        + ", poolSize="
        + poolSize
        + "]";
  }
}
