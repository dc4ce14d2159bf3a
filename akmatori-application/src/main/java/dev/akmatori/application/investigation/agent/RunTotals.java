package dev.akmatori.application.investigation.agent;

/** The run's completed model calls and their tokens so far; read for whichever outcome ends it. */
final class RunTotals {
  private int steps;
  private long tokens;

  void add(long totalTokens) {
    steps++;
    tokens += totalTokens;
  }

  int steps() {
    return steps;
  }

  long tokens() {
    return tokens;
  }
}
