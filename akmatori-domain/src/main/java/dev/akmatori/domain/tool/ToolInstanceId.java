package dev.akmatori.domain.tool;

/** Database id of a tool instance; always positive. */
public record ToolInstanceId(long value) {
  public ToolInstanceId {
    if (value <= 0) {
      throw new IllegalArgumentException("tool instance id must be positive: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
