package dev.akmatori.domain.auth;

/** Database id of an API key; always positive. */
public record ApiKeyId(long value) {
  public ApiKeyId {
    if (value <= 0) {
      throw new IllegalArgumentException("API key id must be positive: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
