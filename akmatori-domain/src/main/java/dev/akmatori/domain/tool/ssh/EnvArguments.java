package dev.akmatori.domain.tool.ssh;

import java.util.List;

/**
 * The {@code env} row of rule 5: after its options, every word must be a {@code NAME=value}
 * assignment (env takes any word holding {@code =} as one); anything else is a command to run.
 * {@code -S}/{@code --split-string} runs its value as a command, so it is refused too.
 */
final class EnvArguments {
  private EnvArguments() {}

  static void check(List<String> args) {
    int i = 0;
    while (i < args.size() && args.get(i).startsWith("-")) {
      String option = args.get(i++);
      if (option.equals("--")) {
        break;
      }
      if (option.startsWith("--")) {
        i += longTakesNext(option.substring(2)) ? 1 : 0;
      } else {
        i += clusterTakesNext(option) ? 1 : 0;
      }
    }
    for (String word : args.subList(Math.min(i, args.size()), args.size())) {
      if (word.indexOf('=') <= 0) {
        throw new Refusal("'env' running a command ('" + word + "') is not allowed");
      }
    }
  }

  private static boolean longTakesNext(String option) {
    int eq = option.indexOf('=');
    String name = eq < 0 ? option : option.substring(0, eq);
    if (!name.isEmpty() && "split-string".startsWith(name)) {
      throw new Refusal("'env --split-string' is not allowed");
    }
    boolean valued = !name.isEmpty() && ("unset".startsWith(name) || "chdir".startsWith(name));
    return valued && eq < 0;
  }

  private static boolean clusterTakesNext(String cluster) {
    for (int k = 1; k < cluster.length(); k++) {
      char letter = cluster.charAt(k);
      if (letter == 'S') {
        throw new Refusal("'env -S' is not allowed");
      }
      if (letter == 'u' || letter == 'C') {
        return k == cluster.length() - 1;
      }
    }
    return false;
  }
}
