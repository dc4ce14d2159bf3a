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
import java.util.Objects;

/**
 * Everything the REST API needs from the rest of the application, handed over by the launcher.
 * {@code jwtSecret} is the HS256 key (contract §2.2), {@code jwtExpiry} the token lifetime,
 * {@code version} what {@code GET /api/health} reports.
 */
public record HttpDependencies(
    ManageRunbooks runbooks,
    ManageContextFiles contextFiles,
    ManageApiKeys apiKeys,
    LoginService login,
    AdminAccount admin,
    ListIncidents incidents,
    IncidentOperations incidentOperations,
    ManageAlertSources alertSources,
    AlertOperations alerts,
    SettingsUseCases settings,
    ToolTypeCatalogue toolTypes,
    ManageToolInstances tools,
    ManageSshKeys sshKeys,
    ManageMcpServers mcpServers,
    ManageSkills skills,
    ManageSkillScripts skillScripts,
    ManageHttpConnectors httpConnectors,
    DatabaseHealth health,
    byte[] jwtSecret,
    Duration jwtExpiry,
    String version,
    Clock clock) {

  public HttpDependencies {
    Objects.requireNonNull(runbooks, "runbooks");
    Objects.requireNonNull(contextFiles, "contextFiles");
    Objects.requireNonNull(apiKeys, "apiKeys");
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(admin, "admin");
    Objects.requireNonNull(incidents, "incidents");
    Objects.requireNonNull(incidentOperations, "incidentOperations");
    Objects.requireNonNull(alertSources, "alertSources");
    Objects.requireNonNull(alerts, "alerts");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(toolTypes, "toolTypes");
    Objects.requireNonNull(tools, "tools");
    Objects.requireNonNull(sshKeys, "sshKeys");
    Objects.requireNonNull(mcpServers, "mcpServers");
    Objects.requireNonNull(skills, "skills");
    Objects.requireNonNull(skillScripts, "skillScripts");
    Objects.requireNonNull(httpConnectors, "httpConnectors");
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(jwtSecret, "jwtSecret");
    Objects.requireNonNull(jwtExpiry, "jwtExpiry");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(clock, "clock");
    if (jwtSecret.length == 0) {
      throw new IllegalArgumentException("jwtSecret must not be empty");
    }
    if (jwtExpiry.isNegative() || jwtExpiry.isZero()) {
      throw new IllegalArgumentException("jwtExpiry must be positive");
    }
    jwtSecret = jwtSecret.clone();
  }

  /** A copy: the key stays private to this record. */
  @Override
  public byte[] jwtSecret() {
    return jwtSecret.clone();
  }
}
