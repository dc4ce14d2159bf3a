package dev.akmatori.domain.tool.ssh;

import java.util.List;
import java.util.Set;

/**
 * Rule 4 of §6.1: what one segment runs — its command word and the words after it — once leading
 * {@code VAR=value} words, a {@code sudo} wrapper with its options and a directory prefix of the
 * command word are taken away. {@code sudo} with {@code -e}, {@code -i}, {@code -s} (or their long
 * forms) or without a command is refused, since it edits files or opens a shell.
 */
record Invocation(String command, List<String> args) {
  /** sudo options that take a value (the next word when not attached). */
  private static final String SUDO_VALUE_LETTERS = "CDgprRtTUuc";
  private static final Set<String> SUDO_VALUE_LONG = Set.of(
      "close-from", "chdir", "group", "host", "login-class", "other-user", "prompt", "role",
      "type", "command-timeout", "user", "chroot");
  private static final List<String> SUDO_REFUSED_LONG = List.of("edit", "login", "shell");

  Invocation {
    args = List.copyOf(args);
  }

  static Invocation of(Segment segment) {
    List<Word> words = segment.words();
    int i = 0;
    while (i < words.size() && words.get(i).assignment()) {
      i++;
    }
    while (i < words.size() && basename(words.get(i).text()).equals("sudo")) {
      i = afterSudoOptions(segment.texts(), i + 1);
    }
    if (i >= words.size()) {
      throw new Refusal("empty command");
    }
    List<String> texts = segment.texts();
    return new Invocation(basename(texts.get(i)), texts.subList(i + 1, texts.size()));
  }

  private static int afterSudoOptions(List<String> words, int from) {
    int i = from;
    while (i < words.size() && words.get(i).startsWith("-") && words.get(i).length() > 1) {
      String option = words.get(i++);
      if (option.equals("--")) {
        break;
      }
      if (option.startsWith("--")) {
        i += longOption(option.substring(2)) ? 1 : 0;
      } else {
        i += shortCluster(option) ? 1 : 0;
      }
    }
    if (i >= words.size()) {
      throw new Refusal("sudo without a command is not allowed");
    }
    return i;
  }

  /** True when the option's value is the next word. */
  private static boolean longOption(String option) {
    int eq = option.indexOf('=');
    String name = eq < 0 ? option : option.substring(0, eq);
    for (String refused : SUDO_REFUSED_LONG) {
      if (refused.startsWith(name)) { // getopt accepts any unambiguous prefix
        throw new Refusal("'sudo --" + refused + "' is not allowed");
      }
    }
    return eq < 0 && SUDO_VALUE_LONG.contains(name);
  }

  /** True when the cluster's last option takes the next word as its value. */
  private static boolean shortCluster(String cluster) {
    for (int k = 1; k < cluster.length(); k++) {
      char letter = cluster.charAt(k);
      if (letter == 'e' || letter == 'i' || letter == 's') {
        throw new Refusal("'sudo -" + letter + "' is not allowed");
      }
      if (SUDO_VALUE_LETTERS.indexOf(letter) >= 0) {
        return k == cluster.length() - 1;
      }
    }
    return false;
  }

  private static String basename(String word) {
    return word.substring(word.lastIndexOf('/') + 1);
  }
}
