package dev.akmatori.domain.tool.ssh;

import java.util.ArrayList;
import java.util.List;

/**
 * The word being built and the segments finished so far, for {@link ShellWords}. Tracks whether
 * the word is a {@code NAME=value} assignment and drops the word an input redirect reads.
 */
final class WordBuffer {
  private final List<Segment> segments = new ArrayList<>();
  private List<Word> words = new ArrayList<>();
  private StringBuilder word;
  private boolean quotedSoFar;
  private boolean sawEquals;
  private boolean assignment;
  private boolean dropNextWord;

  /** Appends text that came from inside quotes. */
  void appendQuoted(String quoted) {
    start();
    word.append(quoted);
    quotedSoFar = true;
  }

  void append(char c, boolean quoted) {
    start();
    if (c == '=' && !quoted && !quotedSoFar && !sawEquals) {
      assignment = word.length() > 0 && isName(word);
    }
    sawEquals |= c == '=' && !quoted;
    word.append(c);
    quotedSoFar |= quoted;
  }

  /** The digits of an io-number ({@code 2} of {@code 2>}); empty when the word is not one. */
  String ioNumber() {
    boolean digits = word != null && !quotedSoFar && word.length() > 0 && word.chars().allMatch(Character::isDigit);
    return digits ? word.toString() : "";
  }

  /** The word being built is the io-number of an input redirect: forget it. */
  void discardWord() {
    word = null;
  }

  /** The next word is the file an input redirect reads: it is not part of the command. */
  void dropNextWord() {
    dropNextWord = true;
  }

  void endWord() {
    if (word == null) {
      return;
    }
    if (dropNextWord) {
      dropNextWord = false;
    } else {
      words.add(new Word(word.toString(), assignment));
    }
    word = null;
  }

  void endSegment() {
    endWord();
    dropNextWord = false;
    segments.add(new Segment(words));
    words = new ArrayList<>();
  }

  List<Segment> segments() {
    return segments;
  }

  private void start() {
    if (word == null) {
      word = new StringBuilder();
      quotedSoFar = false;
      sawEquals = false;
      assignment = false;
    }
  }

  private static boolean isName(CharSequence s) {
    return !Character.isDigit(s.charAt(0))
        && s.chars().allMatch(ch -> ch == '_' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z'
            || ch >= '0' && ch <= '9');
  }
}
