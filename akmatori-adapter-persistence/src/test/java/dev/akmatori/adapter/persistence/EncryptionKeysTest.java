package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncryptionKeysTest {
  @TempDir Path dataDir;

  @Test
  void theEnvironmentKey_isUsed_andNoFileIsCreated() {
    byte[] key = AesGcmSecretCipherTest.key(5);

    byte[] loaded = EncryptionKeys.load(Optional.of(Base64.getEncoder().encodeToString(key)), dataDir);

    assertThat(loaded).isEqualTo(key);
    assertThat(dataDir.resolve("encryption.key")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "   ", "not base64 at all!", "c2hvcnQ=", // "short"
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==", // 31 bytes
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==", // 33 bytes
        "____________________________________________" // URL-safe alphabet, 33 bytes
      })
  void aBadEnvironmentValue_isRejected_namingTheVariableButNeverTheValue(String value) {
    assertThatThrownBy(() -> EncryptionKeys.load(Optional.of(value), dataDir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AKMATORI_ENCRYPTION_KEY")
        .satisfies(e -> {
          if (!value.isBlank()) {
            assertThat(e.getMessage()).doesNotContain(value.strip());
          }
        });
  }

  @Test
  void withoutTheVariable_aKeyFileIsCreated_ownerReadWriteOnly_holdingBase64Of32Bytes() throws IOException {
    byte[] key = EncryptionKeys.load(Optional.empty(), dataDir);

    Path file = dataDir.resolve("encryption.key");
    assertThat(key).hasSize(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).isEqualTo(key);
    assertThat(listing(dataDir)).containsExactly("encryption.key");
  }

  @Test
  void theKeyFile_isReusedOnTheNextLoad() {
    byte[] first = EncryptionKeys.load(Optional.empty(), dataDir);
    byte[] second = EncryptionKeys.load(Optional.empty(), dataDir);

    assertThat(second).isEqualTo(first);
  }

  @Test
  void aMissingDataDirectory_isCreated() {
    Path nested = dataDir.resolve("a/b");

    EncryptionKeys.load(Optional.empty(), nested);

    assertThat(nested.resolve("encryption.key")).isRegularFile();
  }

  @Test
  void aCorruptKeyFile_isAnError_namingTheFile() throws IOException {
    Path file = dataDir.resolve("encryption.key");
    Files.writeString(file, "c2hvcnQ=");

    assertThatThrownBy(() -> EncryptionKeys.load(Optional.empty(), dataDir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void concurrentFirstStarts_allEndUpWithTheSameKey() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<byte[]>> loads = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        loads.add(pool.submit(() -> {
          start.await();
          return EncryptionKeys.load(Optional.empty(), dataDir);
        }));
      }
      start.countDown();
      byte[] first = loads.get(0).get();
      for (Future<byte[]> load : loads) {
        assertThat(load.get()).isEqualTo(first);
      }
      assertThat(listing(dataDir)).containsExactly("encryption.key");
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
