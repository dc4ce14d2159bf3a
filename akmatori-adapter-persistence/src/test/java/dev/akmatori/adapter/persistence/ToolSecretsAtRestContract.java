package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.secret.SecretDecryptionException;
import dev.akmatori.application.tool.CreateToolInstance;
import dev.akmatori.application.tool.SshKeyService;
import dev.akmatori.application.tool.ToolInstanceChanges;
import dev.akmatori.application.tool.ToolInstanceService;
import dev.akmatori.application.tool.ToolInstances;
import dev.akmatori.application.tool.ToolTypeCatalogue;
import dev.akmatori.application.tool.UpdateToolInstance;
import dev.akmatori.domain.shared.Secret;
import dev.akmatori.domain.testing.TestSshKeys;
import dev.akmatori.domain.tool.SshKeyDraft;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reads the raw rows to prove that tool secrets and SSH private keys never reach the database in clear. */
abstract class ToolSecretsAtRestContract {
  private static final String TOKEN = "zbx-token-SECRET-1234";
  private static final String PASSWORD = "pw-SECRET-5678";

  abstract TestDatabase openDatabase();

  private static AesGcmSecretCipher newCipher() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new AesGcmSecretCipher(key);
  }

  private static String raw(PersistenceAdapter adapter, String sql, Object id) {
    return adapter.jdbi().withHandle(h -> h.createQuery(sql).bind("id", id).mapTo(String.class).one());
  }

  @Test
  void secretSettingsAndPrivateKeys_areStoredAsCipherTexts_andReadBackInClear() {
    try (TestDatabase db = openDatabase()) {
      PersistenceAdapter a = db.adapter();
      AesGcmSecretCipher cipher = newCipher();
      Clock clock = Clock.systemUTC();
      new ToolTypeCatalogue(a.toolTypes(), clock).seedBuiltins();
      ToolInstanceService tools =
          new ToolInstanceService(a.toolTypes(), a.toolInstances(), a.sshKeys(), cipher, ToolInstanceChanges.NONE, clock);
      SshKeyService keys = new SshKeyService(a.toolTypes(), a.toolInstances(), a.sshKeys(), cipher, UUID::randomUUID, clock);
      Map<String, Object> settings = Map.of("zabbix_url", "https://zbx.example.com", "zabbix_token", TOKEN,
          "auth_method", "credentials", "zabbix_username", "bot", "zabbix_password", PASSWORD);
      ToolInstanceId zabbix = tools.create(new CreateToolInstance(2L, "zbx", null, settings, null)).instance().id();
      tools.update(zabbix, new UpdateToolInstance(null, null, Map.of("zabbix_token", "****1234"), null));
      ToolInstanceId ssh = tools.create(new CreateToolInstance(1L, "box", null, Map.of(), null)).instance().id();
      String privateKey = TestSshKeys.ed25519();
      String keyId = keys.create(ssh, new SshKeyDraft("deploy", Secret.of(privateKey)), false).id().value();

      String settingsRow = raw(a, "SELECT settings FROM tool_instances WHERE id = :id", zabbix.value());
      String keyRow = raw(a, "SELECT private_key FROM ssh_keys WHERE id = :id", keyId);

      assertThat(settingsRow).doesNotContain("SECRET").contains("\"zabbix_url\":\"https://zbx.example.com\"");
      Map<String, Object> stored = JsonText.parseObject(settingsRow);
      assertThat(List.of(stored.get("zabbix_token"), stored.get("zabbix_password")))
          .allSatisfy(v -> assertThat((String) v).startsWith("enc:v1:"));
      assertThat(cipher.decrypt((String) stored.get("zabbix_token"))).isEqualTo(TOKEN);
      assertThat(keyRow).startsWith("enc:v1:").doesNotContain("OPENSSH").doesNotContain(privateKey.lines().skip(1).findFirst().orElseThrow());
      ToolInstances clear = new ToolInstances(a.toolTypes(), a.toolInstances(), a.sshKeys(), cipher);
      assertThat(clear.resolve(zabbix).orElseThrow().settings()).isEqualTo(settings);
      assertThat(clear.sshCredentials(ssh).get(0).privateKey().reveal()).isEqualTo(privateKey);
    }
  }

  @Test
  void anotherEncryptionKey_cannotOpenTheStoredSecrets() {
    try (TestDatabase db = openDatabase()) {
      PersistenceAdapter a = db.adapter();
      Clock clock = Clock.systemUTC();
      new ToolTypeCatalogue(a.toolTypes(), clock).seedBuiltins();
      ToolInstanceService tools =
          new ToolInstanceService(a.toolTypes(), a.toolInstances(), a.sshKeys(), newCipher(), ToolInstanceChanges.NONE, clock);
      ToolInstanceId id = tools.create(new CreateToolInstance(6L, "g", null,
          Map.of("grafana_url", "https://g", "grafana_api_token", "glsa_SECRET"), null)).instance().id();

      ToolInstances wrongKey = new ToolInstances(a.toolTypes(), a.toolInstances(), a.sshKeys(), newCipher());

      assertThatThrownBy(() -> wrongKey.resolve(id)).isInstanceOf(SecretDecryptionException.class);
    }
  }
}
