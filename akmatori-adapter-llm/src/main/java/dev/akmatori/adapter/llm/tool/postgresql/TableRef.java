package dev.akmatori.adapter.llm.tool.postgresql;

import dev.akmatori.adapter.llm.tool.sql.SqlArguments;
import java.util.Optional;

/**
 * A table named by {@code table_name} and {@code schema}. Without a schema, {@code "s.t"} means
 * table {@code t} of schema {@code s}, and a plain name is looked up in {@code public}.
 */
record TableRef(String schema, String name) {
  static final String DEFAULT_SCHEMA = "public";

  static TableRef required(SqlArguments args) {
    return of(args.requiredText("table_name"), args.text("schema"));
  }

  /** The table when one is named; else every table, of {@code schema} when given (name null). */
  static TableRef optional(SqlArguments args) {
    Optional<String> schema = args.text("schema");
    return args.text("table_name")
        .map(name -> of(name, schema))
        .orElseGet(() -> new TableRef(schema.orElse(null), null));
  }

  private static TableRef of(String name, Optional<String> schema) {
    if (schema.isPresent()) {
      return new TableRef(schema.get(), name);
    }
    int dot = name.indexOf('.');
    return dot > 0 && dot < name.length() - 1
        ? new TableRef(name.substring(0, dot), name.substring(dot + 1))
        : new TableRef(DEFAULT_SCHEMA, name);
  }
}
