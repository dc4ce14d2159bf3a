package dev.akmatori.adapter.persistence;

import dev.akmatori.domain.shared.Text;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Every {@code String} bound to a statement of this adapter's Jdbi passes here (ADR 0026), whatever
 * its origin — model output, SSH stdout, an HTTP or MCP tool result, an alert payload, a request —
 * and whichever way it is bound ({@code bind}, {@code bindList}, batches, maps): a NUL character and
 * each unpaired UTF-16 surrogate become U+FFFD ({@link Text#storable}, the rule the HTTP layer uses
 * to refuse or repair input, ADR 0023). PostgreSQL refuses NUL in text and cannot encode a lone
 * surrogate (its driver wrote {@code ?}), while H2 keeps both; with this rule a write can no longer
 * fail on such text and both databases hold the same characters. Clean text — surrogate pairs
 * included — is bound as the very same instance after one scan that allocates nothing.
 */
final class StorableTextArguments extends AbstractArgumentFactory<String> {
  StorableTextArguments() {
    super(Types.VARCHAR);
  }

  @Override
  protected Argument build(String value, ConfigRegistry config) {
    return new StorableText(Text.storable(value));
  }

  /** A string already made storable; {@code toString} shows it like Jdbi's own string argument. */
  private record StorableText(String value) implements Argument {
    @Override
    public void apply(int position, PreparedStatement statement, StatementContext ctx) throws SQLException {
      statement.setString(position, value);
    }

    @Override
    public String toString() {
      return value;
    }
  }
}
