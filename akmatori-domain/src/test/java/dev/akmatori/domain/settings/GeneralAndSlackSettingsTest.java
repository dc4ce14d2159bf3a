package dev.akmatori.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.ValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contract §3.10.1 and §3.10.2. */
class GeneralAndSlackSettingsTest {
  @Test
  void baseUrl_losesOneTrailingSlash_andEmptyClears() {
    GeneralSettings set = GeneralSettings.DEFAULTS.apply(GeneralSettingsChanges.of("https://aiops.example.com/"));

    assertThat(set.baseUrl()).isEqualTo("https://aiops.example.com");
    assertThat(set.apply(GeneralSettingsChanges.of("http://h:8080/ui//")).baseUrl()).isEqualTo("http://h:8080/ui/");
    assertThat(set.apply(GeneralSettingsChanges.of(null)).baseUrl()).isEqualTo("https://aiops.example.com");
    assertThat(set.apply(GeneralSettingsChanges.of("")).baseUrl()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"aiops.example.com", "ftp://host", "http://", "https:///path", "http://:80", "http://user@", " http://h", "mailto:a@b"})
  void baseUrl_mustBeAnAbsoluteHttpUrl(String url) {
    assertThatThrownBy(() -> GeneralSettingsChanges.of(url))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.details()).containsOnly(Map.entry("base_url", "must be a valid HTTP or HTTPS URL")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"HTTPS://Example.com", "http://akmatori_app:8080", "http://10.0.0.1", "http://[::1]:8080/x?y#z"})
  void baseUrl_acceptsHostsThatJavaCannotName(String url) {
    assertThat(GeneralSettingsChanges.of(url).baseUrl()).contains(url);
  }

  @Test
  void slack_defaultsAreEmptyAndDisabled_andConfiguredMeansABotToken() {
    SlackSettings defaults = SlackSettings.DEFAULTS;
    SlackSettings withSecretsButNoBot = defaults.apply(SlackSettingsChanges.of(null, "sig", "xapp-1", "#alerts", true));
    SlackSettings withBot = withSecretsButNoBot.apply(SlackSettingsChanges.of("xoxb-123456", null, null, null, null));

    assertThat(defaults.isConfigured()).isFalse();
    assertThat(defaults.enabled()).isFalse();
    assertThat(withSecretsButNoBot.isConfigured()).isFalse();
    assertThat(withBot.isConfigured()).isTrue();
    assertThat(withBot.isActive()).isTrue();
    assertThat(withBot.alertsChannel()).isEqualTo("#alerts");
  }

  @Test
  void slackTokens_followTheEchoRule() {
    SlackSettings stored = SlackSettings.DEFAULTS.apply(SlackSettingsChanges.of("xoxb-123456", "signing-9876", "xapp-5555", "", false));

    SlackSettings echoed = stored.apply(SlackSettingsChanges.of("****3456", "****", "", null, null));

    assertThat(echoed.botToken().reveal()).isEqualTo("xoxb-123456");
    assertThat(echoed.signingSecret().reveal()).isEqualTo("signing-9876");
    assertThat(echoed.appToken().isEmpty()).isTrue();
    assertThat(echoed.toString()).doesNotContain("xoxb-123456").doesNotContain("signing-9876");
  }
}
