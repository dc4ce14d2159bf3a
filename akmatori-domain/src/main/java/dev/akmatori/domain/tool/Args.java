package dev.akmatori.domain.tool;

import static dev.akmatori.domain.tool.SchemaBuilder.array;
import static dev.akmatori.domain.tool.SchemaBuilder.bool;
import static dev.akmatori.domain.tool.SchemaBuilder.integer;
import static dev.akmatori.domain.tool.SchemaBuilder.object;
import static dev.akmatori.domain.tool.SchemaBuilder.string;

/**
 * Argument schemas and operation factories for the catalogue, following §6 "Argument types not
 * stated": ids, names, queries and times are strings; counts and durations integers; plural lists
 * arrays; filter/params-like values objects; flags booleans.
 */
final class Args {
  private Args() {}

  static ToolOperation read(String name, String description, SchemaBuilder args) {
    return new ToolOperation(name, description, true, args.build());
  }

  static ToolOperation write(String name, String description, SchemaBuilder args) {
    return new ToolOperation(name, description, false, args.build());
  }

  /** An operation without arguments, or the start of an argument list. */
  static SchemaBuilder none() {
    return object();
  }

  static SchemaBuilder text(String description) {
    return string().description(description);
  }

  static SchemaBuilder count(String description) {
    return integer().description(description);
  }

  static SchemaBuilder flag(String description) {
    return bool().description(description);
  }

  /** A point in time, as the contract takes it: a string holding RFC 3339 or Unix seconds. */
  static SchemaBuilder time(String description) {
    return string().description(description + " (RFC 3339 or Unix seconds)");
  }

  static SchemaBuilder strings(String description) {
    return array(string()).description(description);
  }

  static SchemaBuilder objects(String description) {
    return array(object()).description(description);
  }

  /** A free-form object such as {@code filter} or {@code params}. */
  static SchemaBuilder fields(String description) {
    return object().description(description);
  }

  static SchemaBuilder limit() {
    return count("Maximum number of results");
  }

  static SchemaBuilder offset() {
    return count("Number of results to skip, for paging");
  }

  static SchemaBuilder pageNumber() {
    return count("Page to return, starting at 1");
  }

  static SchemaBuilder pageSize() {
    return count("Results per page");
  }
}
