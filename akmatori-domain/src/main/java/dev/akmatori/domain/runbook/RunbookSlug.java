package dev.akmatori.domain.runbook;

import java.util.Locale;

/** The slug of a runbook title used in its mirror file name (contract §3.7). */
final class RunbookSlug {
  private static final int MAX = 100;

  private RunbookSlug() {}

  /** Lowercase, runs of non-{@code [a-z0-9]} become {@code -}, trimmed, at most 100, else "runbook". */
  static String of(String title) {
    String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    slug = trimDashes(slug);
    if (slug.length() > MAX) {
      slug = trimDashes(slug.substring(0, MAX));
    }
    return slug.isEmpty() ? "runbook" : slug;
  }

  private static String trimDashes(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) == '-') {
      from++;
    }
    while (to > from && s.charAt(to - 1) == '-') {
      to--;
    }
    return s.substring(from, to);
  }
}
