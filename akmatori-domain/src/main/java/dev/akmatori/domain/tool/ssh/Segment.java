package dev.akmatori.domain.tool.ssh;

import java.util.List;

/** The words between two unquoted {@code ;}, {@code |}, {@code &&} or {@code ||} operators. */
record Segment(List<Word> words) {
  Segment {
    words = List.copyOf(words);
  }

  List<String> texts() {
    return words.stream().map(Word::text).toList();
  }
}
