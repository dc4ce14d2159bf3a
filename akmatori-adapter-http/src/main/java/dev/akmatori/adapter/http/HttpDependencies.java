package dev.akmatori.adapter.http;

import dev.akmatori.adapter.http.alert.AlertOperations;
import dev.akmatori.adapter.http.incident.IncidentOperations;
import dev.akmatori.application.alertsource.ManageAlertSources;
import dev.akmatori.application.auth.AdminAccount;
import dev.akmatori.application.auth.LoginService;
import dev.akmatori.application.auth.ManageApiKeys;
import dev.akmatori.application.connector.ManageHttpConnectors;
import dev.akmatori.application.context.ManageContextFiles;
import dev.akmatori.application.health.DatabaseHealth;
import dev.akmatori.application.incident.ListIncidents;
import dev.akmatori.application.mcp.ManageMcpServers;
import dev.akmatori.application.runbook.ManageRunbooks;
import dev.akmatori.application.settings.SettingsUseCases;
import dev.akmatori.application.skill.ManageSkillScripts;
import dev.akmatori.application.skill.ManageSkills;
import dev.akmatori.application.tool.ManageSshKeys;
import dev.akmatori.application.tool.ManageToolInstances;
import dev.akmatori.application.tool.ToolTypeCatalogue;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the REST API needs from the rest of the application, handed over by the launcher.
 *
 * <p>Built with {@link #builder()} and one named setter per part, so the composition root reads as
 * a list of "part = use case" lines and cannot hand over two parts in swapped positions; {@link
 * Builder#build()} fails at start-up naming every part that was never set.
 */
public final class HttpDependencies {
  private final ManageApiKeys apiKeys;
  private final LoginService login;
  private final AdminAccount admin;
  private final byte[] jwtSecret;
  private final Duration jwtExpiry;
  private final ManageRunbooks runbooks;
  private final ManageContextFiles contextFiles;
  private final ToolTypeCatalogue toolTypes;
  private final ManageToolInstances tools;
  private final ManageSshKeys sshKeys;
  private final ManageMcpServers mcpServers;
  private final ManageSkills skills;
  private final ManageSkillScripts skillScripts;
  private final ManageHttpConnectors httpConnectors;
  private final ListIncidents incidents;
  private final IncidentOperations incidentOperations;
  private final ManageAlertSources alertSources;
  private final AlertOperations alerts;
  private final SettingsUseCases settings;
  private final DatabaseHealth health;
  private final String version;
  private final Clock clock;

  private HttpDependencies(Builder b) {
    this.apiKeys = b.apiKeys;
    this.login = b.login;
    this.admin = b.admin;
    this.jwtSecret = b.jwtSecret.clone();
    this.jwtExpiry = b.jwtExpiry;
    this.runbooks = b.runbooks;
    this.contextFiles = b.contextFiles;
    this.toolTypes = b.toolTypes;
    this.tools = b.tools;
    this.sshKeys = b.sshKeys;
    this.mcpServers = b.mcpServers;
    this.skills = b.skills;
    this.skillScripts = b.skillScripts;
    this.httpConnectors = b.httpConnectors;
    this.incidents = b.incidents;
    this.incidentOperations = b.incidentOperations;
    this.alertSources = b.alertSources;
    this.alerts = b.alerts;
    this.settings = b.settings;
    this.health = b.health;
    this.version = b.version;
    this.clock = b.clock;
  }

  public static Builder builder() {
    return new Builder();
  }

  public ManageApiKeys apiKeys() {
    return apiKeys;
  }

  public LoginService login() {
    return login;
  }

  public AdminAccount admin() {
    return admin;
  }

  /** The HS256 key of the JWTs (contract §2.2), as a copy: the key stays private to this object. */
  public byte[] jwtSecret() {
    return jwtSecret.clone();
  }

  /** How long an issued token is valid. */
  public Duration jwtExpiry() {
    return jwtExpiry;
  }

  public ManageRunbooks runbooks() {
    return runbooks;
  }

  public ManageContextFiles contextFiles() {
    return contextFiles;
  }

  public ToolTypeCatalogue toolTypes() {
    return toolTypes;
  }

  public ManageToolInstances tools() {
    return tools;
  }

  public ManageSshKeys sshKeys() {
    return sshKeys;
  }

  public ManageMcpServers mcpServers() {
    return mcpServers;
  }

  public ManageSkills skills() {
    return skills;
  }

  public ManageSkillScripts skillScripts() {
    return skillScripts;
  }

  public ManageHttpConnectors httpConnectors() {
    return httpConnectors;
  }

  public ListIncidents incidents() {
    return incidents;
  }

  public IncidentOperations incidentOperations() {
    return incidentOperations;
  }

  public ManageAlertSources alertSources() {
    return alertSources;
  }

  public AlertOperations alerts() {
    return alerts;
  }

  public SettingsUseCases settings() {
    return settings;
  }

  /** The database probe behind {@code GET /api/health}. */
  public DatabaseHealth health() {
    return health;
  }

  /** What {@code GET /api/health} reports as the version. */
  public String version() {
    return version;
  }

  public Clock clock() {
    return clock;
  }

  /**
   * Collects the parts by name. Every part is required: a setter rejects {@code null} at once, and
   * {@link #build()} rejects a builder with parts left unset, naming them all.
   */
  public static final class Builder {
    private ManageApiKeys apiKeys;
    private LoginService login;
    private AdminAccount admin;
    private byte[] jwtSecret;
    private Duration jwtExpiry;
    private ManageRunbooks runbooks;
    private ManageContextFiles contextFiles;
    private ToolTypeCatalogue toolTypes;
    private ManageToolInstances tools;
    private ManageSshKeys sshKeys;
    private ManageMcpServers mcpServers;
    private ManageSkills skills;
    private ManageSkillScripts skillScripts;
    private ManageHttpConnectors httpConnectors;
    private ListIncidents incidents;
    private IncidentOperations incidentOperations;
    private ManageAlertSources alertSources;
    private AlertOperations alerts;
    private SettingsUseCases settings;
    private DatabaseHealth health;
    private String version;
    private Clock clock;

    private Builder() {}

    // Security (contract §2)

    public Builder apiKeys(ManageApiKeys useCase) {
      this.apiKeys = Objects.requireNonNull(useCase, "apiKeys");
      return this;
    }

    public Builder login(LoginService useCase) {
      this.login = Objects.requireNonNull(useCase, "login");
      return this;
    }

    public Builder admin(AdminAccount account) {
      this.admin = Objects.requireNonNull(account, "admin");
      return this;
    }

    /** The HS256 key (contract §2.2); copied, and never empty. */
    public Builder jwtSecret(byte[] key) {
      Objects.requireNonNull(key, "jwtSecret");
      if (key.length == 0) {
        throw new IllegalArgumentException("jwtSecret must not be empty");
      }
      this.jwtSecret = key.clone();
      return this;
    }

    /** The token lifetime; positive. */
    public Builder jwtExpiry(Duration lifetime) {
      Objects.requireNonNull(lifetime, "jwtExpiry");
      if (lifetime.isNegative() || lifetime.isZero()) {
        throw new IllegalArgumentException("jwtExpiry must be positive");
      }
      this.jwtExpiry = lifetime;
      return this;
    }

    // Catalogue: what the agent works with (contract §3.3–3.9)

    public Builder runbooks(ManageRunbooks useCase) {
      this.runbooks = Objects.requireNonNull(useCase, "runbooks");
      return this;
    }

    public Builder contextFiles(ManageContextFiles useCase) {
      this.contextFiles = Objects.requireNonNull(useCase, "contextFiles");
      return this;
    }

    public Builder toolTypes(ToolTypeCatalogue useCase) {
      this.toolTypes = Objects.requireNonNull(useCase, "toolTypes");
      return this;
    }

    public Builder tools(ManageToolInstances useCase) {
      this.tools = Objects.requireNonNull(useCase, "tools");
      return this;
    }

    public Builder sshKeys(ManageSshKeys useCase) {
      this.sshKeys = Objects.requireNonNull(useCase, "sshKeys");
      return this;
    }

    public Builder mcpServers(ManageMcpServers useCase) {
      this.mcpServers = Objects.requireNonNull(useCase, "mcpServers");
      return this;
    }

    public Builder skills(ManageSkills useCase) {
      this.skills = Objects.requireNonNull(useCase, "skills");
      return this;
    }

    public Builder skillScripts(ManageSkillScripts useCase) {
      this.skillScripts = Objects.requireNonNull(useCase, "skillScripts");
      return this;
    }

    public Builder httpConnectors(ManageHttpConnectors useCase) {
      this.httpConnectors = Objects.requireNonNull(useCase, "httpConnectors");
      return this;
    }

    // Incidents and alerts

    public Builder incidents(ListIncidents useCase) {
      this.incidents = Objects.requireNonNull(useCase, "incidents");
      return this;
    }

    public Builder incidentOperations(IncidentOperations operations) {
      this.incidentOperations = Objects.requireNonNull(operations, "incidentOperations");
      return this;
    }

    public Builder alertSources(ManageAlertSources useCase) {
      this.alertSources = Objects.requireNonNull(useCase, "alertSources");
      return this;
    }

    public Builder alerts(AlertOperations operations) {
      this.alerts = Objects.requireNonNull(operations, "alerts");
      return this;
    }

    // Settings and the server itself

    public Builder settings(SettingsUseCases useCases) {
      this.settings = Objects.requireNonNull(useCases, "settings");
      return this;
    }

    public Builder health(DatabaseHealth probe) {
      this.health = Objects.requireNonNull(probe, "health");
      return this;
    }

    public Builder version(String reported) {
      this.version = Objects.requireNonNull(reported, "version");
      return this;
    }

    public Builder clock(Clock time) {
      this.clock = Objects.requireNonNull(time, "clock");
      return this;
    }

    /**
     * The dependencies, once every part is set.
     *
     * @throws IllegalStateException naming each part that is still missing
     */
    public HttpDependencies build() {
      List<String> missing = new ArrayList<>();
      requirePart(apiKeys, "apiKeys", missing);
      requirePart(login, "login", missing);
      requirePart(admin, "admin", missing);
      requirePart(jwtSecret, "jwtSecret", missing);
      requirePart(jwtExpiry, "jwtExpiry", missing);
      requirePart(runbooks, "runbooks", missing);
      requirePart(contextFiles, "contextFiles", missing);
      requirePart(toolTypes, "toolTypes", missing);
      requirePart(tools, "tools", missing);
      requirePart(sshKeys, "sshKeys", missing);
      requirePart(mcpServers, "mcpServers", missing);
      requirePart(skills, "skills", missing);
      requirePart(skillScripts, "skillScripts", missing);
      requirePart(httpConnectors, "httpConnectors", missing);
      requirePart(incidents, "incidents", missing);
      requirePart(incidentOperations, "incidentOperations", missing);
      requirePart(alertSources, "alertSources", missing);
      requirePart(alerts, "alerts", missing);
      requirePart(settings, "settings", missing);
      requirePart(health, "health", missing);
      requirePart(version, "version", missing);
      requirePart(clock, "clock", missing);
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "The REST API's dependencies are incomplete; missing: " + String.join(", ", missing));
      }
      return new HttpDependencies(this);
    }

    private static void requirePart(Object part, String name, List<String> missing) {
      if (part == null) {
        missing.add(name);
      }
    }
  }
}
