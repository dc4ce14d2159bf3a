package dev.akmatori.adapter.llm.tool.postgresql;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a fresh connection; the seam that lets tests count or refuse connections. */
@FunctionalInterface
interface PgConnector {
  /**
   * Connects with {@code settings}, giving up after their timeout.
   *
   * @throws SQLException when the server cannot be reached or refuses the login
   */
  Connection open(PgSettings settings) throws SQLException;
}
