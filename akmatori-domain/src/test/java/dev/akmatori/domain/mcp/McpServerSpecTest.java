package dev.akmatori.domain.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.shared.Secret;
import dev.akmatori.domain.shared.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The field rules of an MCP server (contract §3.9). */
class McpServerSpecTest {
  private static McpServerSpec stdio(String name, String prefix, Map<String, Secret> env) {
    return new McpServerSpec(name, McpTransport.STDIO, "", "npx", List.of(), env, prefix, null, true);
  }

  private static McpServerSpec http(McpTransport transport, String url, String command) {
    return new McpServerSpec("n", transport, url, command, List.of(), Map.of(), "p", null, true);
  }

  private static Map<String, String> failures(Runnable r) {
    try {
      r.run();
    } catch (ValidationException e) {
      return e.details();
    }
    throw new AssertionError("expected a validation failure");
  }

  @Test
  void name_isTrimmed_andLimitedTo128CodePoints() {
    assertThat(stdio("  files  ", "fs", Map.of()).name()).isEqualTo("files");
    assertThat(stdio("🚀".repeat(128), "fs", Map.of()).name()).hasSize(256);
    assertThat(failures(() -> stdio("x".repeat(129), "fs", Map.of())))
        .containsEntry("name", "must be at most 128 characters");
    assertThat(failures(() -> stdio("   ", "fs", Map.of()))).containsEntry("name", "is required");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "GitHub", "k8s_prod-2", "Z"})
  void namespacePrefix_acceptsALetterThenLettersDigitsUnderscoresAndDashes(String prefix) {
    assertThat(stdio("n", prefix, Map.of()).namespacePrefix()).isEqualTo(prefix);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1abc", "_x", "-x", "a.b", "a b", "ü"})
  void namespacePrefix_rejectsAnythingElse(String prefix) {
    assertThat(failures(() -> stdio("n", prefix, Map.of())))
        .containsEntry("namespace_prefix", "must start with a letter and contain only letters, digits, '_' or '-'");
  }

  @Test
  void namespacePrefix_isRequiredAndAtMost64Characters() {
    assertThat(stdio("n", "a".repeat(64), Map.of()).namespacePrefix()).hasSize(64);
    assertThat(failures(() -> stdio("n", "a".repeat(65), Map.of())))
        .containsEntry("namespace_prefix", "must be at most 64 characters");
    assertThat(failures(() -> stdio("n", "", Map.of()))).containsEntry("namespace_prefix", "is required");
  }

  @Test
  void namespaceKey_isTheLowerCasedPrefix() {
    assertThat(stdio("n", "GitHub", Map.of()).namespaceKey()).isEqualTo("github");
  }

  @ParameterizedTest
  @CsvSource({
    "SSE, '', '', url, is required for sse transport",
    "STREAMABLE_HTTP, '', '', url, is required for streamable_http transport",
    "SSE, ftp://h/x, '', url, must be an http or https URL",
    "SSE, /relative, '', url, must be an http or https URL",
    "STREAMABLE_HTTP, http://h/mcp, npx, command, must be empty for streamable_http transport",
    "STDIO, http://h/mcp, npx, url, must be empty for stdio transport",
    "STDIO, '', '  ', command, is required for stdio transport"
  })
  void urlAndCommand_followTheTransport(McpTransport transport, String url, String command, String field, String message) {
    assertThat(failures(() -> http(transport, url, command))).containsEntry(field, message);
  }

  @Test
  void httpTransports_acceptAbsoluteHttpAndHttpsUrls() {
    assertThat(http(McpTransport.SSE, "http://mcp_host:3001/sse", "").url()).isEqualTo("http://mcp_host:3001/sse");
    assertThat(http(McpTransport.STREAMABLE_HTTP, "https://mcp.example.com/mcp", "").command()).isEmpty();
  }

  @Test
  void envKeys_mustBeShellNames_andNeverAkmatoriVariables() {
    Map<String, Secret> env = new LinkedHashMap<>();
    env.put("GOOD_1", Secret.of("v"));
    env.put("1BAD", Secret.of("v"));
    env.put("with-dash", Secret.of("v"));
    env.put("AKMATORI_ENCRYPTION_KEY", Secret.of("v"));
    env.put("akmatori_db_url", Secret.of("v"));

    assertThat(failures(() -> stdio("n", "p", env)))
        .containsExactlyInAnyOrderEntriesOf(Map.of(
            "env_vars.1BAD", "must match ^[A-Za-z_][A-Za-z0-9_]*$",
            "env_vars.with-dash", "must match ^[A-Za-z_][A-Za-z0-9_]*$",
            "env_vars.AKMATORI_ENCRYPTION_KEY", "must not start with AKMATORI_",
            "env_vars.akmatori_db_url", "must not start with AKMATORI_"));
  }

  @Test
  void everyFailure_isReportedAtOnce() {
    assertThat(failures(() -> new McpServerSpec("", null, "", "", null, null, "9", null, true)))
        .containsOnlyKeys("name", "transport", "namespace_prefix");
  }

  @Test
  void mapSecrets_transformsEnvValuesAndTheToken_only() {
    McpAuth auth = new McpAuth(McpAuthType.BEARER_TOKEN, Secret.of("tok"), "");
    McpServerSpec spec = new McpServerSpec(
        "n", McpTransport.SSE, "http://h/sse", "", List.of("a"), Map.of("K", Secret.of("v")), "p", auth, false);

    McpServerSpec sealed = spec.mapSecrets(s -> "enc(" + s + ")");

    assertThat(sealed.envVars().get("K").reveal()).isEqualTo("enc(v)");
    assertThat(sealed.auth().token().reveal()).isEqualTo("enc(tok)");
    assertThat(sealed.mapSecrets(s -> s.substring(4, s.length() - 1))).isEqualTo(spec);
  }

  @Test
  void printing_neverShowsSecretsInClear() {
    McpAuth auth = new McpAuth(McpAuthType.BEARER_TOKEN, Secret.of("super-secret-token"), "");
    McpServerSpec spec = new McpServerSpec(
        "n", McpTransport.SSE, "http://h/sse", "", List.of(), Map.of("K", Secret.of("env-secret-value")), "p", auth, true);

    assertThat(spec.toString()).doesNotContain("super-secret-token").doesNotContain("env-secret-value");
  }
}
