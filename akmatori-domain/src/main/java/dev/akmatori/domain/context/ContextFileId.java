package dev.akmatori.domain.context;

/** Database id of a context file; always positive. */
public record ContextFileId(long value) {
  public ContextFileId {
    if (value <= 0) {
      throw new IllegalArgumentException("context file id must be positive: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
