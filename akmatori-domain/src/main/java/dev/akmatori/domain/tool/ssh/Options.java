package dev.akmatori.domain.tool.ssh;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the options among a command's words, getopt style: {@code -abc} is a cluster of short
 * options whose scan stops at the first one that takes a value ({@code date -Iseconds} holds no
 * {@code -s}); {@code --name} may be abbreviated to any prefix ({@code --in-pl}); words after
 * {@code --} are operands.
 */
final class Options {
  private Options() {}

  /** The first of {@code refused} letters set in a short-option cluster, or 0. */
  static char shortIn(List<String> args, String refused, String takesValue) {
    boolean skipValue = false;
    for (String arg : args) {
      if (arg.equals("--")) {
        return 0;
      }
      if (skipValue) {
        skipValue = false;
        continue;
      }
      if (!arg.startsWith("-") || arg.startsWith("--") || arg.length() < 2) {
        continue;
      }
      for (int k = 1; k < arg.length(); k++) {
        char letter = arg.charAt(k);
        if (refused.indexOf(letter) >= 0) {
          return letter;
        }
        if (takesValue.indexOf(letter) >= 0) {
          skipValue = k == arg.length() - 1;
          break;
        }
      }
    }
    return 0;
  }

  /**
   * The first long option among {@code args} that names (or abbreviates) {@code refused}; a
   * trailing {@code *} in a refused name matches every option it starts ({@code vacuum*}).
   */
  static String longIn(List<String> args, String... refused) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return null;
      }
      if (!arg.startsWith("--")) {
        continue;
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
      for (String candidate : refused) {
        boolean family = candidate.endsWith("*");
        String stem = family ? candidate.substring(0, candidate.length() - 1) : candidate;
        if (stem.startsWith(name) || family && name.startsWith(stem)) {
          return "--" + (family ? name : stem);
        }
      }
    }
    return null;
  }

  /** The words that are not options: those not starting with {@code -}, and all after {@code --}. */
  static List<String> operands(List<String> args) {
    List<String> operands = new ArrayList<>();
    boolean afterDashes = false;
    for (String arg : args) {
      if (!afterDashes && arg.equals("--")) {
        afterDashes = true;
      } else if (afterDashes || !arg.startsWith("-") || arg.equals("-")) {
        operands.add(arg);
      }
    }
    return operands;
  }
}
