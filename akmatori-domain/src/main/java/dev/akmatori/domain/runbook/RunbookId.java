package dev.akmatori.domain.runbook;

/** Database id of a runbook; always positive. */
public record RunbookId(long value) {
  public RunbookId {
    if (value <= 0) {
      throw new IllegalArgumentException("runbook id must be positive: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
