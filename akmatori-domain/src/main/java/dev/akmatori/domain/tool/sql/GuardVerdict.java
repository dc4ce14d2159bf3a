package dev.akmatori.domain.tool.sql;

import java.util.Objects;
import java.util.Optional;

/** What a {@link ReadOnlyGuard} decided: the statement to send, or why it must not be sent. */
public final class GuardVerdict {
  /** The start of every refusal message (contract §6.4). */
  public static final String REFUSAL_PREFIX = "only read-only statements are allowed: ";

  private final String statement;
  private final String reason;

  private GuardVerdict(String statement, String reason) {
    this.statement = statement;
    this.reason = reason;
  }

  static GuardVerdict accept(String statement) {
    return new GuardVerdict(Objects.requireNonNull(statement, "statement"), null);
  }

  static GuardVerdict refuse(String reason) {
    return new GuardVerdict(null, Objects.requireNonNull(reason, "reason"));
  }

  public boolean isAccepted() {
    return reason == null;
  }

  /**
   * The accepted statement, trimmed, without a trailing semicolon (and comments after it).
   *
   * @throws IllegalStateException when the statement was refused
   */
  public String statement() {
    if (statement == null) {
      throw new IllegalStateException("refused: " + reason);
    }
    return statement;
  }

  /** Why the statement was refused; empty when it was accepted. */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /** The refusal as the agent sees it: {@code only read-only statements are allowed: <reason>}. */
  public String message() {
    return reason == null ? "" : REFUSAL_PREFIX + reason;
  }

  @Override
  public String toString() {
    return reason == null ? "GuardVerdict[accepted]" : "GuardVerdict[" + message() + "]";
  }
}
