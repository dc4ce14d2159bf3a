package dev.akmatori.domain.tool.ssh;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The read-only rules of §6.1 for {@code ssh.execute_command} on a target whose write switch is
 * off: raw text, shell words, blocked words, the allowlist and the flag denylist, in that order.
 * A best-effort guard against accidental changes, not a security boundary (the SSH user's
 * permissions are). Stateless and thread-safe.
 */
public final class ReadOnlyCommands {
  private static final String PREFIX = "command not allowed in read-only mode: ";

  private ReadOnlyCommands() {}

  /**
   * Empty when {@code command} passes every rule; otherwise the error text {@code command not
   * allowed in read-only mode: <reason>. Allowed commands: <list>}.
   */
  public static Optional<String> refusal(String command) {
    try {
      check(command == null ? "" : command);
      return Optional.empty();
    } catch (Refusal refusal) {
      return Optional.of(PREFIX + refusal.getMessage() + ". Allowed commands: " + CommandLists.ALLOWED_TEXT);
    }
  }

  /** The commands a read-only target accepts, as the refusal message lists them. */
  public static String allowedCommands() {
    return CommandLists.ALLOWED_TEXT;
  }

  private static void check(String command) {
    rawText(command);
    List<Segment> segments = ShellWords.split(command);
    segments.forEach(ReadOnlyCommands::blockedWords);
    for (Segment segment : segments) {
      Invocation invocation = Invocation.of(segment);
      allowed(invocation);
      FlagDenylist.check(invocation);
    }
  }

  /** Rule 1: checked on the raw text, quoted or not. */
  private static void rawText(String command) {
    if (command.indexOf('\n') >= 0 || command.indexOf('\r') >= 0) {
      throw new Refusal("line breaks are not allowed");
    }
    if (command.indexOf('`') >= 0) {
      throw new Refusal("backticks are not allowed");
    }
    for (String substitution : List.of("$(", "<(", ">(")) {
      if (command.contains(substitution)) {
        throw new Refusal("'" + substitution + "' is not allowed");
      }
    }
  }

  /** Rule 3: whole words and consecutive pairs, never substrings. */
  private static void blockedWords(Segment segment) {
    List<String> words = segment.texts();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (CommandLists.isBlockedWord(word)) {
        throw new Refusal("'" + word + "' is blocked");
      }
      Set<String> seconds = CommandLists.BLOCKED_PAIRS.get(word);
      if (seconds != null && i + 1 < words.size() && seconds.contains(words.get(i + 1))) {
        throw new Refusal("'" + word + " " + words.get(i + 1) + "' is blocked");
      }
    }
  }

  /** Rule 4: the command word is on the allowlist, with an allowed subcommand where restricted. */
  private static void allowed(Invocation invocation) {
    String command = invocation.command();
    List<String> subcommands = CommandLists.SUBCOMMANDS.get(command);
    if (subcommands == null) {
      if (!CommandLists.ALLOWED.contains(command)) {
        throw new Refusal("'" + command + "' is not an allowed command");
      }
      return;
    }
    List<String> args = invocation.args();
    String one = args.isEmpty() ? "" : args.get(0);
    String two = args.size() < 2 ? "" : one + " " + args.get(1);
    if (!subcommands.contains(one) && !subcommands.contains(two)) {
      throw new Refusal("'" + command + "' allows only " + String.join(", ", subcommands));
    }
  }
}
