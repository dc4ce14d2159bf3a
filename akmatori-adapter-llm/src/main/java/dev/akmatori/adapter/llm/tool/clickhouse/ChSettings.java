package dev.akmatori.adapter.llm.tool.clickhouse;

import dev.akmatori.adapter.llm.tool.sql.SqlSettings;
import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolCallException;
import okhttp3.HttpUrl;

/** Connection settings of one {@code clickhouse} instance (§6.5), defaults applied. */
record ChSettings(
    String host, int port, String database, String username, String password, boolean ssl,
    int timeoutSeconds) {

  static ChSettings from(AllowedInstance instance) {
    SqlSettings settings = new SqlSettings(instance);
    return new ChSettings(
        settings.text("ch_host"),
        settings.integer("ch_port"),
        settings.text("ch_database"),
        settings.text("ch_username"),
        settings.optionalText("ch_password"),
        settings.flag("ch_ssl_enabled"),
        settings.integer("ch_timeout"));
  }

  /** {@code http(s)://host:port/}, HTTPS when {@code ch_ssl_enabled}. */
  HttpUrl baseUrl() {
    try {
      return new HttpUrl.Builder().scheme(ssl ? "https" : "http").host(host).port(port).build();
    } catch (IllegalArgumentException e) {
      throw new ToolCallException("ch_host or ch_port is not usable: " + e.getMessage());
    }
  }

  /** Where the server is, for error messages. */
  String where() {
    return host + ":" + port;
  }

  @Override
  public String toString() {
    return "ChSettings[" + username + "@" + where() + "/" + database + ", ssl=" + ssl + ", timeout="
        + timeoutSeconds + "s]";
  }
}
