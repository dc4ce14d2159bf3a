package dev.akmatori.domain.runbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ranked full-text search over runbooks (contract §3.7): BM25 with k1 = 1.2 and b = 0.75 over title +
 * content, title tokens counted three times; ties by title (case-insensitive), then id. Shared by
 * {@code GET /api/runbooks?q=} and the agent's {@code search_runbooks}.
 */
public final class RunbookSearch {
  private static final double K1 = 1.2;
  private static final double B = 0.75;
  private static final int TITLE_WEIGHT = 3;
  private static final int SNIPPET_MAX = 200;

  private RunbookSearch() {}

  /** Every runbook of {@code corpus} matching at least one token of {@code query}, best first. */
  public static List<RunbookMatch> search(List<Runbook> corpus, String query) {
    Set<String> terms = new LinkedHashSet<>(Tokenizer.tokens(query));
    if (terms.isEmpty() || corpus.isEmpty()) {
      return List.of();
    }
    List<Map<String, Integer>> frequencies = new ArrayList<>(corpus.size());
    List<Integer> lengths = new ArrayList<>(corpus.size());
    Map<String, Integer> documentFrequency = new HashMap<>();
    long totalLength = 0;
    for (Runbook runbook : corpus) {
      Map<String, Integer> tf = new HashMap<>();
      int length = 0;
      for (String t : Tokenizer.tokens(runbook.title())) {
        tf.merge(t, TITLE_WEIGHT, Integer::sum);
        length += TITLE_WEIGHT;
      }
      for (String t : Tokenizer.tokens(runbook.content())) {
        tf.merge(t, 1, Integer::sum);
        length++;
      }
      for (String term : terms) {
        if (tf.containsKey(term)) {
          documentFrequency.merge(term, 1, Integer::sum);
        }
      }
      frequencies.add(tf);
      lengths.add(length);
      totalLength += length;
    }
    double averageLength = Math.max(1.0, (double) totalLength / corpus.size());
    int n = corpus.size();
    List<RunbookMatch> matches = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, Integer> tf = frequencies.get(i);
      double score = 0;
      boolean matched = false;
      for (String term : terms) {
        Integer f = tf.get(term);
        if (f == null) {
          continue;
        }
        matched = true;
        int df = documentFrequency.get(term);
        double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        double norm = K1 * (1 - B + B * lengths.get(i) / averageLength);
        score += idf * (f * (K1 + 1)) / (f + norm);
      }
      if (matched) {
        Runbook runbook = corpus.get(i);
        matches.add(new RunbookMatch(runbook, score, snippet(runbook.content(), terms)));
      }
    }
    matches.sort(
        Comparator.comparingDouble(RunbookMatch::score)
            .reversed()
            .thenComparing(m -> m.runbook().title().toLowerCase(Locale.ROOT))
            .thenComparingLong(m -> m.runbook().id().value()));
    return matches;
  }

  /** At most 200 characters of {@code content} around the first query token found in it. */
  static String snippet(String content, Set<String> terms) {
    int first = firstMatch(content, new HashSet<>(terms));
    if (content.length() <= SNIPPET_MAX) {
      return content;
    }
    int from = Math.max(0, first < 0 ? 0 : first - SNIPPET_MAX / 4);
    int to = Math.min(content.length(), from + SNIPPET_MAX);
    from = Math.max(0, to - SNIPPET_MAX);
    if (from > 0 && Character.isLowSurrogate(content.charAt(from))) {
      from++;
    }
    if (to < content.length() && Character.isHighSurrogate(content.charAt(to - 1))) {
      to--;
    }
    return content.substring(from, to);
  }

  /** Index of the first token of {@code content} that is one of {@code terms}, or -1. */
  private static int firstMatch(String content, Set<String> terms) {
    int start = -1;
    for (int i = 0; i <= content.length(); ) {
      int cp = i < content.length() ? content.codePointAt(i) : ' ';
      boolean word = i < content.length() && Character.isLetterOrDigit(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        if (terms.contains(content.substring(start, i).toLowerCase(Locale.ROOT))) {
          return start;
        }
        start = -1;
      }
      i += i < content.length() ? Character.charCount(cp) : 1;
    }
    return -1;
  }
}
