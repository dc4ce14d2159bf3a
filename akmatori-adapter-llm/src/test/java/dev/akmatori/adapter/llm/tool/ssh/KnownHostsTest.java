package dev.akmatori.adapter.llm.tool.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import com.jcraft.jsch.HostKeyRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** known_hosts lines as OpenSSH writes them, and the three policies' verdicts. */
class KnownHostsTest {
  private static final byte[] KEY_A = blob("ssh-ed25519", 1);
  private static final byte[] KEY_B = blob("ssh-ed25519", 2);

  @TempDir Path dir;

  private static byte[] blob(String type, int fill) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    byte[] blob = new byte[4 + name.length + 4 + 32];
    blob[3] = (byte) name.length;
    System.arraycopy(name, 0, blob, 4, name.length);
    blob[4 + name.length + 3] = 32;
    Arrays.fill(blob, 8 + name.length, blob.length, (byte) fill);
    return blob;
  }

  private static String b64(byte[] blob) {
    return Base64.getEncoder().encodeToString(blob);
  }

  @Test
  void patterns_matchPlainGlobNegatedAndHashedHosts() throws Exception {
    assertThat(KnownHostEntry.parse("web,[10.0.0.1]:2222 ssh-ed25519 AAAA").orElseThrow().matches("[10.0.0.1]:2222")).isTrue();
    assertThat(KnownHostEntry.parse("WEB ssh-ed25519 AAAA").orElseThrow().matches("web")).isTrue();
    assertThat(KnownHostEntry.parse("*.prod,!db.prod ssh-ed25519 AAAA").orElseThrow().matches("web.prod")).isTrue();
    assertThat(KnownHostEntry.parse("*.prod,!db.prod ssh-ed25519 AAAA").orElseThrow().matches("db.prod")).isFalse();
    assertThat(KnownHostEntry.parse("web?.prod ssh-ed25519 AAAA").orElseThrow().matches("web10.prod")).isFalse();
    byte[] salt = new byte[20];
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(salt, "HmacSHA1"));
    String hashed = "|1|" + Base64.getEncoder().encodeToString(salt) + "|"
        + Base64.getEncoder().encodeToString(mac.doFinal("web".getBytes(StandardCharsets.UTF_8)));
    assertThat(KnownHostEntry.parse(hashed + " ssh-ed25519 AAAA").orElseThrow().matches("web")).isTrue();
    assertThat(KnownHostEntry.parse(hashed + " ssh-ed25519 AAAA").orElseThrow().matches("web2")).isFalse();
    assertThat(KnownHostEntry.parse("# comment")).isEmpty();
    assertThat(KnownHostEntry.parse("@revoked web ssh-ed25519 AAAA").orElseThrow().isRevoked()).isTrue();
  }

  @Test
  void strict_knowsOnlyRecordedKeys_andAutoAddRecordsTheFirstOne() throws Exception {
    KnownHostsFile file = new KnownHostsFile(dir.resolve("ssh/known_hosts"));
    HostKeyCheck strict = new HostKeyCheck(file, HostKeyPolicy.STRICT);
    HostKeyCheck autoAdd = new HostKeyCheck(file, HostKeyPolicy.AUTO_ADD);

    assertThat(strict.check("web", KEY_A)).isEqualTo(HostKeyRepository.NOT_INCLUDED);
    assertThat(autoAdd.check("web", KEY_A)).isEqualTo(HostKeyRepository.OK);
    assertThat(autoAdd.verdict()).isEqualTo(HostKeyCheck.Verdict.ADDED);
    assertThat(Files.readAllLines(file.path())).containsExactly("web ssh-ed25519 " + b64(KEY_A));
    assertThat(strict.check("web", KEY_A)).isEqualTo(HostKeyRepository.OK);
    assertThat(autoAdd.check("web", KEY_B)).isEqualTo(HostKeyRepository.CHANGED);
    assertThat(autoAdd.verdict()).isEqualTo(HostKeyCheck.Verdict.CHANGED);
    assertThat(strict.getHostKey("web", null)).hasSize(1);
    assertThat(new HostKeyCheck(file, HostKeyPolicy.IGNORE).check("web", KEY_B)).isEqualTo(HostKeyRepository.OK);
    assertThat(Files.readAllLines(file.path())).hasSize(1);
  }

  @Test
  void aRevokedKey_isRefused_andAFileWithoutATrailingNewline_isAppendedCleanly() throws Exception {
    Path path = dir.resolve("known_hosts");
    Files.writeString(path, "@revoked web ssh-ed25519 " + b64(KEY_A));
    KnownHostsFile file = new KnownHostsFile(path);
    HostKeyCheck autoAdd = new HostKeyCheck(file, HostKeyPolicy.AUTO_ADD);

    assertThat(autoAdd.check("web", KEY_A)).isEqualTo(HostKeyRepository.CHANGED);
    assertThat(autoAdd.verdict()).isEqualTo(HostKeyCheck.Verdict.REVOKED);
    assertThat(autoAdd.check("[db]:2222", KEY_B)).isEqualTo(HostKeyRepository.OK);
    assertThat(Files.readAllLines(path)).isEqualTo(List.of(
        "@revoked web ssh-ed25519 " + b64(KEY_A), "[db]:2222 ssh-ed25519 " + b64(KEY_B)));
  }
}
