package dev.akmatori.domain.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into lowercase runs of letters and digits (contract §3.7). */
final class Tokenizer {
  private Tokenizer() {}

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean word = Character.isLetterOrDigit(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(text.substring(start).toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
