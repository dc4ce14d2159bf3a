package dev.akmatori.adapter.llm.tool.postgresql;

import dev.akmatori.adapter.llm.tool.sql.ResultTable;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.tool.sql.GuardVerdict;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.Parser;

/**
 * One call's connection inside {@code BEGIN READ ONLY} with {@code SET LOCAL statement_timeout =
 * pg_timeout} and {@code standard_conforming_strings = on} (the lexing the guard assumes). This is
 * the boundary: whatever the statement is, the server refuses to write. Closing rolls back and
 * disconnects. A fired cancellation cancels the running statement and drops the connection. Not
 * thread-safe.
 */
final class ReadOnlyTransaction implements AutoCloseable {
  private static final int CONNECTION_CHECK_MS = 1000;

  private final Connection connection;
  private final PgSettings settings;
  private final Cancellation cancellation;
  private volatile Statement running;
  private volatile Cancellation.Registration abort = Cancellation.Registration.NONE;

  private ReadOnlyTransaction(Connection connection, PgSettings settings, Cancellation cancellation) {
    this.connection = connection;
    this.settings = settings;
    this.cancellation = cancellation;
  }

  /** Connects and starts the transaction. */
  static ReadOnlyTransaction begin(PgConnector connector, PgSettings settings, Cancellation cancellation) {
    checkCancelled(cancellation);
    Connection connection;
    try {
      connection = connector.open(settings);
    } catch (SQLException e) {
      checkCancelled(cancellation);
      throw PgErrors.connect(settings, e);
    }
    ReadOnlyTransaction transaction = new ReadOnlyTransaction(connection, settings, cancellation);
    try {
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      transaction.abort = cancellation.onCancel(transaction::cancelRunning);
      transaction.execute("SET TRANSACTION READ ONLY");
      transaction.execute("SET LOCAL statement_timeout = " + settings.timeoutSeconds() * 1000L);
      transaction.execute("SET LOCAL standard_conforming_strings = on");
      if (connection.getMetaData().getDatabaseMajorVersion() >= 14) {
        // A cancelled call drops the connection; this lets the server notice during a long query.
        transaction.execute("SET LOCAL client_connection_check_interval = " + CONNECTION_CHECK_MS);
      }
      return transaction;
    } catch (SQLException | RuntimeException e) {
      transaction.close();
      throw e instanceof SQLException ? transaction.failure((SQLException) e) : (RuntimeException) e;
    }
  }

  /**
   * Runs agent SQL as it is: a plain statement, so no {@code ?} is taken for a parameter. Text the
   * driver would split into several statements is refused: each part would reach the server on its
   * own, and a {@code COMMIT} among them would end the read-only transaction.
   */
  ResultTable query(String sql, int limit) {
    checkCancelled(cancellation);
    try (Statement statement = connection.createStatement()) {
      if (driverStatements(sql) > 1) {
        throw new ToolCallException(GuardVerdict.REFUSAL_PREFIX + "multiple statements");
      }
      statement.setEscapeProcessing(false);
      statement.setMaxRows(limit + 1);
      running = statement;
      try (ResultSet rows = statement.executeQuery(sql)) {
        return PgTables.read(rows, limit);
      }
    } catch (SQLException e) {
      throw failure(e);
    } finally {
      running = null;
    }
  }

  /** Runs one of the adapter's own statements with bound parameters (String, Long, Boolean, Double, null). */
  ResultTable query(String sql, List<?> parameters, int limit) {
    checkCancelled(cancellation);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setMaxRows(limit + 1);
      for (int i = 0; i < parameters.size(); i++) {
        bind(statement, i + 1, parameters.get(i));
      }
      running = statement;
      try (ResultSet rows = statement.executeQuery()) {
        return PgTables.read(rows, limit);
      }
    } catch (SQLException e) {
      throw failure(e);
    } finally {
      running = null;
    }
  }

  /** How many statements the driver will send for {@code sql}, split by its own parser. */
  private int driverStatements(String sql) throws SQLException {
    boolean standardStrings = connection.unwrap(BaseConnection.class).getStandardConformingStrings();
    return Parser.parseJdbcSql(sql, standardStrings, false, true, false, false).size();
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      running = statement;
      statement.execute(sql);
    } finally {
      running = null;
    }
  }

  private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else if (value instanceof Long) {
      statement.setLong(index, (Long) value);
    } else if (value instanceof Boolean) {
      statement.setBoolean(index, (Boolean) value);
    } else if (value instanceof Double) {
      statement.setDouble(index, (Double) value);
    } else {
      statement.setString(index, value.toString());
    }
  }

  private RuntimeException failure(SQLException e) {
    checkCancelled(cancellation);
    return PgErrors.statement(settings, e);
  }

  /**
   * Asks the server to cancel the running statement, then drops the connection: a cancel request
   * that lands between protocol messages is ignored by the server, while a closed socket ends the
   * session whatever it was doing, and the waiting thread returns at once.
   */
  private void cancelRunning() {
    Statement statement = running;
    try {
      if (statement != null) {
        statement.cancel();
      }
    } catch (SQLException ignored) {
      // The statement finished or the connection closed meanwhile: nothing left to cancel.
    }
    try {
      connection.abort(Runnable::run);
    } catch (SQLException ignored) {
      // Already closed.
    }
  }

  private static void checkCancelled(Cancellation cancellation) {
    if (cancellation.isCancelled()) {
      throw new CancellationException("postgresql call cancelled");
    }
  }

  @Override
  public void close() {
    abort.close();
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // Closing the connection ends the transaction anyway.
    }
    try {
      connection.close();
    } catch (SQLException ignored) {
      // Nothing more can be done with a connection that fails to close.
    }
  }
}
