package dev.akmatori.adapter.llm.tool.postgresql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.postgresql.Driver;
import org.postgresql.PGProperty;

/**
 * Connections from the PostgreSQL JDBC driver, used directly (no {@code DriverManager}): {@code
 * pg_timeout} bounds connecting and logging in, the socket waits a little longer than the statement
 * timeout, {@code pg_ssl_mode} is the driver's {@code sslmode} (verify modes trust the JVM's CAs).
 */
final class DriverConnector implements PgConnector {
  /** The socket outlives the server's statement timeout, so the server's own error arrives. */
  private static final int SOCKET_GRACE_SECONDS = 10;

  private final Driver driver = new Driver();

  @Override
  public Connection open(PgSettings settings) throws SQLException {
    Connection connection = driver.connect(settings.url(), properties(settings));
    if (connection == null) {
      throw new SQLException("the PostgreSQL driver did not accept " + settings.where(), "08001");
    }
    return connection;
  }

  static Properties properties(PgSettings settings) {
    Properties properties = new Properties();
    PGProperty.USER.set(properties, settings.username());
    // Always set, also when empty: an unset password would let the driver read ~/.pgpass.
    PGProperty.PASSWORD.set(properties, settings.password());
    PGProperty.SSL_MODE.set(properties, settings.sslMode());
    if (settings.sslMode().startsWith("verify-")) {
      PGProperty.SSL_FACTORY.set(properties, "org.postgresql.ssl.DefaultJavaSSLFactory");
    }
    PGProperty.CONNECT_TIMEOUT.set(properties, settings.timeoutSeconds());
    PGProperty.LOGIN_TIMEOUT.set(properties, settings.timeoutSeconds());
    PGProperty.SOCKET_TIMEOUT.set(properties, settings.timeoutSeconds() + SOCKET_GRACE_SECONDS);
    PGProperty.APPLICATION_NAME.set(properties, "akmatori");
    PGProperty.READ_ONLY.set(properties, true);
    return properties;
  }
}
