package dev.akmatori.application.investigation;

import java.time.Duration;

/** Durations as messages show them: {@code 10 s}, {@code 5 min}, {@code 250 ms}. */
public final class DurationText {
  private DurationText() {}

  public static String of(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 60_000 == 0 && millis >= 60_000) {
      return millis / 60_000 + " min";
    }
    if (millis % 1000 == 0) {
      return millis / 1000 + " s";
    }
    return millis + " ms";
  }
}
