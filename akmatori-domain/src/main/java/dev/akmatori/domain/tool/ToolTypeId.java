package dev.akmatori.domain.tool;

/** Database id of a tool type; always positive. */
public record ToolTypeId(long value) {
  public ToolTypeId {
    if (value <= 0) {
      throw new IllegalArgumentException("tool type id must be positive: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
