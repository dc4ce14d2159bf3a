package dev.akmatori.application.settings;

import dev.akmatori.domain.settings.LlmProviderSettings;
import dev.akmatori.domain.settings.ProxySettings;
import dev.akmatori.domain.settings.RetentionSettings;
import dev.akmatori.domain.settings.SlackSettings;

/**
 * The settings as the rest of the server uses them at run time, with clear secrets (call {@code
 * reveal()} only where a secret is sent). Every call reads the database, so a PUT takes effect for
 * the next use in every process, without a restart. Thread-safe; store failures surface as
 * unchecked exceptions.
 */
public interface RuntimeSettings {
  /** The public base URL without a trailing slash, for webhook URLs and links in notifications. */
  String publicBaseUrl();

  /** Slack settings with the clear bot token. */
  SlackSettings slack();

  /** The active provider's settings with the clear API key (contract §5.9). */
  LlmProviderSettings activeLlm();

  /** The proxy URL (clear) and which services use it. */
  ProxySettings proxy();

  /** The retention settings the next cleanup run applies. */
  RetentionSettings retention();
}
