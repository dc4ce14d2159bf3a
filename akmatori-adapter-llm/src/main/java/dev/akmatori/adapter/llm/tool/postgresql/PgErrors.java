package dev.akmatori.adapter.llm.tool.postgresql;

import dev.akmatori.application.investigation.tool.ToolCallException;
import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Turns driver and server errors into tool errors with the SQLSTATE and the server's message. */
final class PgErrors {
  static final String QUERY_CANCELED = "57014";

  private PgErrors() {}

  /** A failure to connect or log in. */
  static ToolCallException connect(PgSettings settings, SQLException e) {
    return new ToolCallException(
        "could not connect to PostgreSQL at " + settings.where() + ": " + text(e), e);
  }

  /** A failed statement; a statement timeout names {@code pg_timeout}. */
  static ToolCallException statement(PgSettings settings, SQLException e) {
    if (QUERY_CANCELED.equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("timeout")) {
      return new ToolCallException("PostgreSQL error " + QUERY_CANCELED + ": " + text(e)
          + " (pg_timeout is " + settings.timeoutSeconds() + " s)", e);
    }
    String state = e.getSQLState() == null ? "" : " " + e.getSQLState();
    return new ToolCallException("PostgreSQL error" + state + ": " + text(e), e);
  }

  /** The server's own message with its detail, hint and position when it sent them. */
  private static String text(SQLException e) {
    ServerErrorMessage server = e instanceof PSQLException ? ((PSQLException) e).getServerErrorMessage() : null;
    if (server == null || server.getMessage() == null) {
      return String.valueOf(e.getMessage());
    }
    StringBuilder text = new StringBuilder(server.getMessage());
    if (server.getDetail() != null) {
      text.append(" (detail: ").append(server.getDetail()).append(')');
    }
    if (server.getHint() != null) {
      text.append(" (hint: ").append(server.getHint()).append(')');
    }
    if (server.getPosition() > 0) {
      text.append(" at character ").append(server.getPosition());
    }
    return text.toString();
  }
}
