package dev.akmatori.domain.runbook;

import dev.akmatori.domain.shared.Text;
import java.util.Locale;

/** The slug of a runbook title used in its mirror file name (contract §3.7). */
final class RunbookSlug {
  private static final int MAX = 100;

  private RunbookSlug() {}

  /** Lowercase, runs of non-{@code [a-z0-9]} become {@code -}, trimmed, at most 100, else "runbook". */
  static String of(String title) {
    String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    slug = Text.strip(slug, '-');
    if (slug.length() > MAX) {
      slug = Text.strip(slug.substring(0, MAX), '-');
    }
    return slug.isEmpty() ? "runbook" : slug;
  }

}
