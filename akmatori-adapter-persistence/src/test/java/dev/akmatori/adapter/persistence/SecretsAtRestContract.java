package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.alertsource.AlertSourceRepository;
import dev.akmatori.application.secret.SecretDecryptionException;
import dev.akmatori.application.settings.SettingsStores;
import dev.akmatori.domain.alertsource.AlertSourceDraft;
import dev.akmatori.domain.alertsource.AlertSourceId;
import dev.akmatori.domain.alertsource.AlertSourceType;
import dev.akmatori.domain.alertsource.BuiltinAlertSourceTypes;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.LlmProviderChanges;
import dev.akmatori.domain.settings.ProxySettingsChanges;
import dev.akmatori.domain.settings.SlackSettingsChanges;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The raw rows prove it (contract §1.7): every secret of alert sources and settings is stored as
 * {@code enc:v1:…} and never in clear; an empty secret is stored as {@code ""}.
 */
abstract class SecretsAtRestContract {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12Z");

  private TestDatabase db;
  private final AesGcmSecretCipher cipher = new AesGcmSecretCipher(AesGcmSecretCipherTest.key(1));

  abstract TestDatabase openDatabase();

  @BeforeEach
  void open() {
    db = openDatabase();
  }

  @AfterEach
  void close() {
    if (db != null) { // null when the PostgreSQL variant skipped itself in openDatabase()
      db.close();
    }
  }

  @Test
  void theWebhookSecret_isStoredEncrypted_andAnEmptyOneAsEmptyText() {
    PersistenceAdapter adapter = db.adapter();
    adapter.alertSourceTypes().seed(BuiltinAlertSourceTypes.all(), T0);
    AlertSourceType type = adapter.alertSourceTypes().findByName("zabbix").orElseThrow();
    AlertSourceRepository sources = adapter.alertSources(cipher);
    sources.create(new AlertSourceId(UUID.randomUUID()), type,
        AlertSourceDraft.of("zabbix", "with", null, "hook-secret-4242", null, null, null).config(), T0);
    sources.create(new AlertSourceId(UUID.randomUUID()), type,
        AlertSourceDraft.of("zabbix", "without", null, null, null, null, null).config(), T0);

    assertThat(column("SELECT webhook_secret FROM alert_sources WHERE name = 'with'"))
        .singleElement().asString().startsWith("enc:v1:").doesNotContain("hook-secret").doesNotContain("4242");
    assertThat(column("SELECT webhook_secret FROM alert_sources WHERE name = 'without'")).containsExactly("");
  }

  @Test
  void slackTokensAndLlmKeys_areStoredEncrypted() {
    SettingsStores stores = db.adapter().settingsStores(cipher);
    stores.slack().update(s -> s.apply(SlackSettingsChanges.of("xoxb-bot-token", "signing-secret", "xapp-app-token", "#c", true)), T0);
    for (LlmProvider p : LlmProvider.values()) {
      stores.llm().update(p, s -> s.apply(LlmProviderChanges.of(p.wireName(), "sk-" + p.wireName() + "-key", null, null, null)), T0);
    }

    List<String> slack = row("SELECT bot_token, signing_secret, app_token FROM slack_settings");
    List<String> keys = column("SELECT api_key FROM llm_settings");

    assertThat(slack).hasSize(3).allSatisfy(v -> assertThat(v).startsWith("enc:v1:").doesNotContain("token").doesNotContain("secret"));
    assertThat(keys).hasSize(5).allSatisfy(v -> assertThat(v).startsWith("enc:v1:").doesNotContain("-key"));
    assertThat(column("SELECT CAST(COUNT(*) AS VARCHAR(20)) FROM llm_settings WHERE active")).containsExactly("1");
  }

  @Test
  void theProxyUrl_isStoredEncrypted_soItsPasswordIsNeverInClear() {
    SettingsStores stores = db.adapter().settingsStores(cipher);
    stores.proxy().update(p -> p.apply(ProxySettingsChanges.of("http://user:proxy-pass-77@proxy.corp:3128", null, null)), T0);

    assertThat(column("SELECT proxy_url FROM proxy_settings"))
        .singleElement().asString().startsWith("enc:v1:").doesNotContain("proxy-pass-77").doesNotContain("proxy.corp");
  }

  @Test
  void defaultsStoreNoCiphertext_andAnotherKeyCannotReadTheSecrets() {
    SettingsStores stores = db.adapter().settingsStores(cipher);
    stores.createDefaults(T0);
    assertThat(row("SELECT bot_token, signing_secret, app_token FROM slack_settings")).containsOnly("");
    stores.slack().update(s -> s.apply(SlackSettingsChanges.of("xoxb-bot-token", null, null, null, null)), T0);

    SettingsStores otherKey = db.adapter().settingsStores(new AesGcmSecretCipher(AesGcmSecretCipherTest.key(2)));

    assertThatThrownBy(() -> otherKey.slack().load(T0)).hasRootCauseInstanceOf(AEADBadTagException.class)
        .isInstanceOf(SecretDecryptionException.class);
  }

  private List<String> column(String sql) {
    return db.adapter().jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
  }

  private List<String> row(String sql) {
    return db.adapter().jdbi().withHandle(
        h -> h.createQuery(sql).map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).one());
  }
}
