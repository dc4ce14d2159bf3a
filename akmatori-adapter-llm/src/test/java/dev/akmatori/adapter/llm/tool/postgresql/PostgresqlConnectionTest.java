package dev.akmatori.adapter.llm.tool.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.tool.ToolCallException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Connecting: failures as tool errors, and {@code pg_ssl_mode} reaching the real server. */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class PostgresqlConnectionTest {
  private static TestPostgres postgres;

  @BeforeAll
  static void start() throws SQLException {
    postgres = TestPostgres.start();
  }

  @AfterAll
  static void stop() throws SQLException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void aPortWhereNothingListens_isACouldNotConnectError() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Map<String, Object> settings = postgres.settings(5);
    settings.put("pg_host", "127.0.0.1");
    settings.put("pg_port", port);
    PgCalls calls = new PgCalls(TestPostgres.instance(settings));

    assertThatThrownBy(() -> calls.call("list_tables", Map.of()))
        .isInstanceOf(ToolCallException.class)
        .hasMessageStartingWith("could not connect to PostgreSQL at 127.0.0.1:" + port + "/" + postgres.database + ": ")
        .hasMessageContaining("refused");
  }

  @Test
  void sslModeRequire_isTheDriversSslMode_onTheRealServer() throws SQLException {
    Map<String, Object> settings = postgres.settings(10);
    settings.put("pg_ssl_mode", "require");
    PgCalls calls = new PgCalls(TestPostgres.instance(settings));

    if (serverHasTls()) {
      assertThat(PgCalls.table(calls.call("execute_query", Map.of("query", "SELECT 1 AS one"))))
          .containsEntry("row_count", 1);
    } else {
      assertThatThrownBy(() -> calls.call("execute_query", Map.of("query", "SELECT 1 AS one")))
          .isInstanceOf(ToolCallException.class)
          .hasMessageContaining("could not connect to PostgreSQL")
          .hasMessageContaining("does not support SSL");
    }
  }

  private static boolean serverHasTls() throws SQLException {
    try (Connection admin = postgres.admin(); Statement statement = admin.createStatement();
        ResultSet rows = statement.executeQuery("SHOW ssl")) {
      rows.next();
      return "on".equals(rows.getString(1));
    }
  }
}
