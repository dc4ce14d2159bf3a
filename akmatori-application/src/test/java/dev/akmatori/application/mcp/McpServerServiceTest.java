package dev.akmatori.application.mcp;

import static dev.akmatori.application.mcp.TestMcpServers.enabling;
import static dev.akmatori.application.mcp.TestMcpServers.httpInput;
import static dev.akmatori.application.mcp.TestMcpServers.stdioInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.testing.MutableClock;
import dev.akmatori.application.testing.ReversibleTestCipher;
import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpServerId;
import dev.akmatori.domain.mcp.McpServerInput;
import dev.akmatori.domain.mcp.McpTool;
import dev.akmatori.domain.shared.BadGatewayException;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.shared.PageRequest;
import dev.akmatori.domain.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class McpServerServiceTest {
  private final InMemoryMcpServerRepository repository = new InMemoryMcpServerRepository();
  private final ScriptedMcpClient client = new ScriptedMcpClient();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final Set<String> connectorTypes = new HashSet<>();
  private final McpServerService service = new McpServerService(
      repository,
      name -> connectorTypes.stream().anyMatch(name::equalsIgnoreCase),
      client,
      new ReversibleTestCipher("k1"),
      clock);

  private static McpServerInput prefixChange(String prefix) {
    return new McpServerInput(null, null, null, null, null, null, prefix, null, false, null, null);
  }

  @Test
  void create_storesEnvValuesAndTokenSealed_andAnswersThemInClear() {
    McpServer stdio = service.create(stdioInput("files", "fs"));
    McpServer http = service.create(httpInput("remote", "remote", "https://mcp.example.com/mcp"));

    McpServer storedStdio = repository.find(stdio.id()).orElseThrow();
    McpServer storedHttp = repository.find(http.id()).orElseThrow();
    assertThat(storedStdio.spec().envVars().get("API_KEY").reveal()).startsWith("test:k1:").doesNotContain("key-abcdef");
    assertThat(storedHttp.spec().auth().token().reveal()).startsWith("test:k1:");
    assertThat(stdio.spec().envVars().get("API_KEY").reveal()).isEqualTo("key-abcdef-1234");
    assertThat(service.get(http.id()).spec().auth().token().reveal()).isEqualTo("bearer-secret-5678");
    assertThat(service.list(PageRequest.ALL).items()).extracting(s -> s.spec().name()).containsExactly("files", "remote");
  }

  @Test
  void create_invalidInput_isAValidationError_andStoresNothing() {
    McpServerInput bad = new McpServerInput("x", "stdio", "http://h", null, null, null, "x", null, false, null, null);

    assertThatThrownBy(() -> service.create(bad))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details())
            .containsEntry("url", "must be empty for stdio transport")
            .containsEntry("command", "is required for stdio transport"));
    assertThat(repository.list(PageRequest.ALL).total()).isZero();
  }

  @Test
  void create_conflicts_nameFirst_thenNamespaceIgnoringCase() {
    service.create(stdioInput("files", "GitHub"));

    assertThatThrownBy(() -> service.create(stdioInput("files", "GitHub")))
        .isInstanceOf(ConflictException.class).hasMessage("MCP server with name 'files' already exists");
    assertThatThrownBy(() -> service.create(stdioInput("other", "github")))
        .isInstanceOf(ConflictException.class).hasMessage("namespace_prefix 'github' already in use");
  }

  @Test
  void create_namespaceOfABuiltinTypeInAnyCase_conflicts() {
    assertThatThrownBy(() -> service.create(stdioInput("a", "SSH")))
        .isInstanceOf(ConflictException.class).hasMessage("namespace_prefix 'SSH' conflicts with a built-in tool type");
    assertThatThrownBy(() -> service.create(stdioInput("b", "Victoria_Metrics")))
        .isInstanceOf(ConflictException.class)
        .hasMessage("namespace_prefix 'Victoria_Metrics' conflicts with a built-in tool type");
  }

  @Test
  void create_namespaceOfAnHttpConnectorInAnyCase_conflicts() {
    connectorTypes.add("Foo");

    assertThatThrownBy(() -> service.create(stdioInput("a", "foo")))
        .isInstanceOf(ConflictException.class).hasMessage("namespace_prefix 'foo' conflicts with an HTTP connector");
  }

  @Test
  void update_mergesPartially_keepsMaskedSecrets_andStampsUpdatedAt() {
    McpServer created = service.create(stdioInput("files", "fs"));
    clock.advance(Duration.ofMinutes(2));
    McpServerInput change = new McpServerInput(
        null, null, null, null, List.of("--new"), Map.of("API_KEY", "****1234", "MORE", "x"), null, null, false, false, null);

    McpServer updated = service.update(created.id(), change);

    assertThat(updated.spec().args()).containsExactly("--new");
    assertThat(updated.spec().envVars().get("API_KEY").reveal()).isEqualTo("key-abcdef-1234");
    assertThat(updated.spec().enabled()).isFalse();
    assertThat(updated.updatedAt()).isEqualTo(created.createdAt().plus(Duration.ofMinutes(2)));
    assertThat(service.get(created.id())).isEqualTo(updated);
  }

  @Test
  void update_ownNameAndNamespace_inAnotherCase_isNoConflict() {
    McpServer created = service.create(stdioInput("files", "GitHub"));

    assertThat(service.update(created.id(), prefixChange("github")).spec().namespacePrefix()).isEqualTo("github");
    assertThat(service.update(created.id(), enabling(false)).spec().enabled()).isFalse();
  }

  @Test
  void update_toATakenOrReservedNamespace_conflicts() {
    service.create(stdioInput("one", "one"));
    McpServer two = service.create(stdioInput("two", "two"));
    connectorTypes.add("jira");

    assertThatThrownBy(() -> service.update(two.id(), prefixChange("ONE")))
        .isInstanceOf(ConflictException.class).hasMessage("namespace_prefix 'ONE' already in use");
    assertThatThrownBy(() -> service.update(two.id(), prefixChange("zabbix")))
        .isInstanceOf(ConflictException.class).hasMessageContaining("built-in tool type");
    assertThatThrownBy(() -> service.update(two.id(), prefixChange("Jira")))
        .isInstanceOf(ConflictException.class).hasMessageContaining("HTTP connector");
  }

  @Test
  void unknownIds_areNotFound() {
    McpServerId unknown = new McpServerId(404);

    assertThatThrownBy(() -> service.get(unknown)).isInstanceOf(NotFoundException.class).hasMessage("MCP server not found");
    assertThatThrownBy(() -> service.update(unknown, enabling(true))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.delete(unknown)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.tools(unknown)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void delete_removesTheServer() {
    McpServer created = service.create(stdioInput("files", "fs"));

    service.delete(created.id());

    assertThat(repository.find(created.id())).isEmpty();
  }

  @Test
  void tools_ofADisabledServer_connectWithClearSecretsWithinThirtySeconds() {
    McpServer created = service.create(stdioInput("files", "fs"));
    service.update(created.id(), enabling(false));
    client.answering("get_file", "write_file");

    List<McpTool> tools = service.tools(created.id());

    assertThat(tools).extracting(McpTool::qualifiedName).containsExactly("fs.get_file", "fs.write_file");
    assertThat(client.seen().get(0).spec().envVars().get("API_KEY").reveal()).isEqualTo("key-abcdef-1234");
    assertThat(client.timeouts()).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void tools_whenTheServerIsUnavailable_isABadGatewayNamingServerAndReason() {
    McpServer created = service.create(stdioInput("files", "fs"));
    client.failing("connection refused");

    assertThatThrownBy(() -> service.tools(created.id()))
        .isInstanceOf(BadGatewayException.class)
        .hasMessage("Failed to connect to MCP server 'files': connection refused");
  }
}
