package dev.akmatori.domain.tool;

import static dev.akmatori.domain.tool.SchemaBuilder.bool;
import static dev.akmatori.domain.tool.SchemaBuilder.integer;
import static dev.akmatori.domain.tool.SchemaBuilder.string;

/** Settings shared by several built-in types (§6 "common" and "writes"). */
final class CommonSettings {
  static final String ALLOW_WRITE_OPERATIONS = "allow_write_operations";

  private CommonSettings() {}

  /** An absolute http/https URL setting. */
  static SchemaBuilder url(String description) {
    return string().format("uri").description(description);
  }

  /** {@code <prefix>verify_ssl} and {@code <prefix>timeout} of every HTTP-based type. */
  static SchemaBuilder withHttpCommon(SchemaBuilder settings, String prefix) {
    return settings
        .property(prefix + "verify_ssl",
            bool().defaultValue(true).description("Verify the server's TLS certificate"))
        .property(prefix + "timeout",
            integer().range(5, 300).defaultValue(30).description("Request timeout in seconds"));
  }

  /** The switch without which W operations are refused (§5.4). */
  static SchemaBuilder withWriteSwitch(SchemaBuilder settings) {
    return settings.property(ALLOW_WRITE_OPERATIONS,
        bool().defaultValue(false)
            .description("Allow operations that change the target system; off means read-only"));
  }
}
