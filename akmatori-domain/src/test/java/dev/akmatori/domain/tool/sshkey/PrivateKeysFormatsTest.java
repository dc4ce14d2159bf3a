package dev.akmatori.domain.tool.sshkey;

import static dev.akmatori.domain.testing.TestSshKeys.openssl;
import static dev.akmatori.domain.testing.TestSshKeys.sshKeygen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.testing.TestSshKeys;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Real keys from ssh-keygen and openssl, in every format the contract accepts or refuses (§3.4.3). */
class PrivateKeysFormatsTest {

  @ParameterizedTest(name = "ssh-keygen {0} -> {1}")
  @CsvSource({
    "-t ed25519, ED25519",
    "-t rsa -b 2048, RSA",
    "-t rsa -b 3072, RSA",
    "-t ecdsa -b 256, ECDSA",
    "-t ecdsa -b 384, ECDSA",
    "-t ecdsa -b 521, ECDSA",
    "-t rsa -b 2048 -m PEM, RSA",
    "-t ecdsa -b 256 -m PEM, ECDSA",
    "-t ecdsa -b 521 -m PEM, ECDSA",
    "-t rsa -b 2048 -m PKCS8, RSA",
    "-t ecdsa -b 384 -m PKCS8, ECDSA"
  })
  void unencryptedKeysFromSshKeygen_areAccepted_withTheirAlgorithm(String args, PrivateKeyAlgorithm expected) {
    String key = sshKeygen(args.split(" "));

    assertThat(PrivateKeys.algorithmOf(key)).contains(expected);
  }

  @Test
  void pkcs8KeysFromOpenssl_rsaAndEd25519_areAccepted() {
    assertThat(PrivateKeys.algorithmOf(openssl("genpkey", "-algorithm", "ed25519")))
        .contains(PrivateKeyAlgorithm.ED25519);
    assertThat(PrivateKeys.algorithmOf(openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048")))
        .contains(PrivateKeyAlgorithm.RSA);
  }

  @Test
  void anEcKeyPrecededByItsEcParametersBlock_isAccepted() {
    String key = openssl("ecparam", "-name", "prime256v1", "-genkey");

    assertThat(key).contains("BEGIN EC PARAMETERS");
    assertThat(PrivateKeys.algorithmOf(key)).contains(PrivateKeyAlgorithm.ECDSA);
  }

  @Test
  void whitespaceAroundTheKey_windowsLineEndings_andAMissingFinalNewline_areFine() {
    String key = TestSshKeys.ed25519();

    assertThat(PrivateKeys.isAcceptable("\n\n  " + key + "  \n")).isTrue();
    assertThat(PrivateKeys.isAcceptable(key.replace("\n", "\r\n"))).isTrue();
    assertThat(PrivateKeys.isAcceptable(key.strip())).isTrue();
  }

  @ParameterizedTest(name = "ssh-keygen {0} -N secret is refused")
  @ValueSource(strings = {"-t ed25519", "-t rsa -b 2048", "-t ecdsa -b 256", "-t rsa -b 2048 -m PEM", "-t ecdsa -b 256 -m PEM", "-t rsa -b 2048 -m PKCS8"})
  void passphraseProtectedKeys_inEveryFormat_areRefused(String args) {
    String key = sshKeygen((args + " -N secret-passphrase").split(" "));

    assertThat(key.contains("ENCRYPTED") || opensshContainer(key).contains("bcrypt")).as(key).isTrue();
    assertThat(PrivateKeys.algorithmOf(key)).isEmpty();
  }

  private static String opensshContainer(String key) {
    String base64 = key.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return new String(Base64.getDecoder().decode(base64), StandardCharsets.ISO_8859_1);
  }

  @Test
  void keysOfOtherAlgorithmsOrCurves_areRefused() {
    assertThat(PrivateKeys.algorithmOf(openssl("genpkey", "-algorithm", "ed448"))).isEmpty();
    assertThat(PrivateKeys.algorithmOf(openssl("genpkey", "-algorithm", "x25519"))).isEmpty();
    assertThat(PrivateKeys.algorithmOf(openssl("ecparam", "-name", "secp256k1", "-genkey", "-noout"))).isEmpty();
    assertThat(PrivateKeys.algorithmOf(openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:secp256k1")))
        .isEmpty();
  }

  @Test
  void twoKeysInOneText_areRefused() {
    String two = TestSshKeys.ed25519() + TestSshKeys.otherEd25519();

    assertThat(PrivateKeys.algorithmOf(two)).isEmpty();
  }

  @Test
  void aPublicKeyLine_isNotAPrivateKey() {
    String publicLine = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl test@host";

    assertThat(PrivateKeys.algorithmOf(publicLine)).isEqualTo(Optional.empty());
  }
}
