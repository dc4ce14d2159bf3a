package dev.akmatori.domain.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.Secret;
import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.testing.TestSshKeys;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SshKeyDraftTest {
  private static Map<String, String> failures(String name, String privateKey) {
    try {
      new SshKeyDraft(name, privateKey == null ? null : Secret.of(privateKey));
      throw new AssertionError("expected a validation failure");
    } catch (ValidationException e) {
      return e.details();
    }
  }

  @Test
  void aValidDraft_trimsTheName_andKeepsTheKeyAsGiven() {
    String key = TestSshKeys.ed25519();

    SshKeyDraft draft = new SshKeyDraft("  deploy  ", Secret.of(key));

    assertThat(draft.name()).isEqualTo("deploy");
    assertThat(draft.privateKey().reveal()).isEqualTo(key);
    assertThat(draft.toString()).doesNotContain(key.substring(40, 80));
  }

  @Test
  void missingNameAndKey_areBothRequired() {
    assertThat(failures("  ", null)).containsExactlyInAnyOrderEntriesOf(
        Map.of("name", "is required", "private_key", "is required"));
    assertThat(failures(null, "")).containsEntry("private_key", "is required");
  }

  @Test
  void aNameOver128CodePoints_isTooLong_128IsFine() {
    String key = TestSshKeys.ed25519();

    assertThat(new SshKeyDraft("🔑".repeat(128), Secret.of(key)).name()).hasSize(256);
    assertThat(failures("k".repeat(129), key)).containsExactly(Map.entry("name", "must be at most 128 characters"));
  }

  @Test
  void aKeyThatIsNotAnUnencryptedPrivateKey_failsWithTheContractMessage() {
    String encrypted = TestSshKeys.sshKeygen("-t", "ed25519", "-N", "secret");

    assertThat(failures("k", "not a key")).containsExactly(
        Map.entry("private_key", "must be an unencrypted OpenSSH or PEM private key"));
    assertThat(failures("k", encrypted)).containsEntry("private_key", SshKeyDraft.INVALID_PRIVATE_KEY);
    assertThatThrownBy(() -> new SshKeyDraft("k", Secret.of("x"))).isInstanceOf(ValidationException.class);
  }

  @Test
  void keyIds_areCanonicalLowerCaseUuids_anythingElseParsesToNothing() {
    assertThat(SshKeyId.parse("3f1c0a8e-5b7d-4c2e-9f10-1a2b3c4d5e6f")).isPresent();
    assertThat(SshKeyId.parse("3F1C0A8E-5B7D-4C2E-9F10-1A2B3C4D5E6F")).isEmpty();
    assertThat(SshKeyId.parse("not-a-uuid")).isEmpty();
    assertThat(SshKeyId.parse("")).isEmpty();
    assertThat(SshKeyId.parse(null)).isEmpty();
    assertThatThrownBy(() -> new SshKeyId("x")).isInstanceOf(IllegalArgumentException.class);
  }
}
