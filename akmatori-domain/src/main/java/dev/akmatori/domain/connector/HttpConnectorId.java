package dev.akmatori.domain.connector;

/** Database id of an HTTP connector; always positive. */
public record HttpConnectorId(long value) {
  public HttpConnectorId {
    if (value <= 0) {
      throw new IllegalArgumentException("HTTP connector id must be positive: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
