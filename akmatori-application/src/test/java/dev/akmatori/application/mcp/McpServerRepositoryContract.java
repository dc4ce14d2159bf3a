package dev.akmatori.application.mcp;

import static dev.akmatori.application.mcp.TestMcpServers.http;
import static dev.akmatori.application.mcp.TestMcpServers.stdio;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpServerId;
import dev.akmatori.domain.mcp.McpServerSpec;
import dev.akmatori.domain.mcp.McpTransport;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import dev.akmatori.domain.shared.Secret;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link McpServerRepository} must do. Subclasses supply a fresh, empty repository: the
 * in-memory fake, H2 and PostgreSQL all run these same tests.
 */
public abstract class McpServerRepositoryContract {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");

  private McpServerRepository repository;

  /** A new repository over empty storage. */
  protected abstract McpServerRepository newRepository();

  @BeforeEach
  void setUpRepository() {
    repository = newRepository();
  }

  @Test
  void create_assignsIdAndTimestamps_andFindReturnsEveryFieldAsGiven() {
    McpServer created = repository.create(stdio("GitHub 🚀", "github"), T0);

    assertThat(created.id().value()).isPositive();
    assertThat(created.createdAt()).isEqualTo(T0);
    assertThat(created.updatedAt()).isEqualTo(T0);
    assertThat(created.spec()).isEqualTo(stdio("GitHub 🚀", "github"));
    assertThat(repository.find(created.id())).contains(created);
  }

  @Test
  void argsEnvOrderAndAuth_roundTripExactly() {
    McpServer created = repository.create(http("remote", "Remote"), T0);
    McpServer stdio = repository.create(stdio("local", "local"), T0);

    McpServer foundHttp = repository.find(created.id()).orElseThrow();
    McpServer foundStdio = repository.find(stdio.id()).orElseThrow();
    assertThat(foundHttp.spec().auth()).isEqualTo(http("remote", "Remote").auth());
    assertThat(foundHttp.spec().enabled()).isFalse();
    assertThat(foundHttp.spec().transport()).isEqualTo(McpTransport.STREAMABLE_HTTP);
    assertThat(foundStdio.spec().args()).containsExactly("-y", "@scope/pkg", "--flag=ü 🚀");
    assertThat(foundStdio.spec().envVars().keySet()).containsExactly("GITHUB_TOKEN", "REGION");
    assertThat(foundStdio.spec().auth()).isNull();
  }

  @Test
  void find_unknownId_isEmpty() {
    assertThat(repository.find(new McpServerId(987_654))).isEmpty();
  }

  @Test
  void findByName_isExact_findByNamespace_ignoresCase() {
    McpServer created = repository.create(stdio("GitHub", "GitHub"), T0);

    assertThat(repository.findByName("GitHub")).contains(created);
    assertThat(repository.findByName("github")).isEmpty();
    assertThat(repository.findByNamespace("GITHUB")).contains(created);
    assertThat(repository.findByNamespace("gitlab")).isEmpty();
  }

  @Test
  void create_withATakenName_conflictsWithTheContractMessage() {
    repository.create(stdio("files", "fs"), T0);

    assertThatThrownBy(() -> repository.create(stdio("files", "other"), T0))
        .isInstanceOf(ConflictException.class)
        .hasMessage("MCP server with name 'files' already exists");
  }

  @Test
  void create_withANamespaceTakenInAnotherCase_conflicts() {
    repository.create(stdio("one", "GitHub"), T0);

    assertThatThrownBy(() -> repository.create(stdio("two", "github"), T0))
        .isInstanceOf(ConflictException.class)
        .hasMessage("namespace_prefix 'github' already in use");
    assertThat(repository.list(PageRequest.ALL).total()).isEqualTo(1);
  }

  @Test
  void update_replacesEverything_keepsCreatedAt_stampsUpdatedAt() {
    McpServer created = repository.create(stdio("one", "one"), T0);
    Instant later = T0.plus(5, ChronoUnit.MINUTES);
    McpServerSpec changed = http("one renamed", "ONE");

    McpServer updated = repository.update(created.id(), changed, later).orElseThrow();

    assertThat(updated.spec()).isEqualTo(changed);
    assertThat(updated.createdAt()).isEqualTo(T0);
    assertThat(updated.updatedAt()).isEqualTo(later);
    assertThat(repository.find(created.id())).contains(updated);
    assertThat(repository.findByNamespace("one")).contains(updated);
  }

  @Test
  void update_toAnotherServersNameOrNamespace_conflicts_andChangesNothing() {
    repository.create(stdio("taken", "taken"), T0);
    McpServer mine = repository.create(stdio("mine", "mine"), T0);

    assertThatThrownBy(() -> repository.update(mine.id(), stdio("taken", "mine"), T0))
        .isInstanceOf(ConflictException.class)
        .hasMessage("MCP server with name 'taken' already exists");
    assertThatThrownBy(() -> repository.update(mine.id(), stdio("mine", "TAKEN"), T0))
        .isInstanceOf(ConflictException.class)
        .hasMessage("namespace_prefix 'TAKEN' already in use");
    assertThat(repository.find(mine.id())).contains(mine);
  }

  @Test
  void update_unknownId_isEmptyAndCreatesNothing() {
    assertThat(repository.update(new McpServerId(42), stdio("x", "x"), T0)).isEmpty();
    assertThat(repository.list(PageRequest.ALL).total()).isZero();
  }

  @Test
  void secrets_areStoredAsGiven_forTheServiceToSeal() {
    McpServerSpec sealed = stdio("s", "s").mapSecrets(v -> "enc:" + v);

    McpServer found = repository.find(repository.create(sealed, T0).id()).orElseThrow();

    assertThat(found.spec().envVars().get("GITHUB_TOKEN")).isEqualTo(Secret.of("enc:ghp_0123456789abcdef"));
  }

  @Test
  void delete_removesOnce_andFreesTheNameAndNamespace() {
    McpServer created = repository.create(stdio("gone", "gone"), T0);

    assertThat(repository.delete(created.id())).isTrue();
    assertThat(repository.delete(created.id())).isFalse();
    assertThat(repository.find(created.id())).isEmpty();
    assertThat(repository.create(stdio("gone", "GONE"), T0).id()).isNotEqualTo(created.id());
  }

  @Test
  void list_ordersById_andPages() {
    McpServer b = repository.create(stdio("b", "b"), T0);
    McpServer a = repository.create(stdio("a", "a"), T0);
    McpServer c = repository.create(stdio("c", "c"), T0);

    Page<McpServer> all = repository.list(PageRequest.ALL);
    Page<McpServer> second = repository.list(PageRequest.of(2, 2));
    Page<McpServer> past = repository.list(PageRequest.of(9, 2));

    assertThat(all.items()).containsExactly(b, a, c);
    assertThat(second.items()).containsExactly(c);
    assertThat(second.totalPages()).isEqualTo(2);
    assertThat(past.items()).isEmpty();
    assertThat(past.total()).isEqualTo(3);
  }

  @Test
  void emptyArgsAndEnv_roundTripAsEmpty() {
    McpServerSpec bare =
        new McpServerSpec("bare", McpTransport.SSE, "http://h:1/sse", "", List.of(), Map.of(), "bare", null, true);

    McpServer found = repository.find(repository.create(bare, T0).id()).orElseThrow();

    assertThat(found.spec()).isEqualTo(bare);
  }

  @Test
  void ids_areNeverReused() {
    McpServer first = repository.create(stdio("one", "one"), T0);
    repository.delete(first.id());
    McpServer second = repository.create(stdio("two", "two"), T0);

    assertThat(second.id().value()).isGreaterThan(first.id().value());
  }
}
