package dev.akmatori.app;

import dev.akmatori.adapter.llm.context.PdfBoxTextExtractor;
import dev.akmatori.adapter.llm.json.JacksonJsonCodec;
import dev.akmatori.adapter.llm.mcp.SdkMcpClient;
import dev.akmatori.adapter.llm.tool.connector.HttpConnectorInvoker;
import dev.akmatori.adapter.persistence.FileRunbookMirror;
import dev.akmatori.adapter.persistence.FileSystemContextFileStore;
import dev.akmatori.adapter.persistence.PersistenceAdapter;
import dev.akmatori.application.connector.ConnectorDirectory;
import dev.akmatori.application.connector.HttpConnectorService;
import dev.akmatori.application.context.ContextFileLibrary;
import dev.akmatori.application.context.ContextFileService;
import dev.akmatori.application.investigation.context.ContextLibrary;
import dev.akmatori.application.investigation.tool.ToolInvoker;
import dev.akmatori.application.mcp.McpServerService;
import dev.akmatori.application.runbook.RunbookService;
import dev.akmatori.application.secret.SecretCipher;
import dev.akmatori.application.tool.SshKeyService;
import dev.akmatori.application.tool.ToolInstanceService;
import dev.akmatori.application.tool.ToolTypeCatalogue;
import java.time.Clock;
import java.util.UUID;

/**
 * What the agent is given to work with, as the API manages it: runbooks, context files, skills,
 * tool types and instances, SSH keys, HTTP connectors and MCP servers (contract §3.3–3.9). Built
 * in the order their followers need: skills follow context file deletions, tool instance and
 * connector changes (§3.3.5); connectors register tool types and share one namespace with MCP
 * prefixes (§3.8, §3.9).
 */
final class CatalogueWiring {
  final ToolTypeCatalogue toolTypes;
  final RunbookService runbooks;
  final SkillsFeature skills;
  final SkillsFeature.UseCases skillUseCases;
  final ContextFileService contextFiles;
  final ContextLibrary contextLibrary;
  final ToolInstanceService tools;
  final SshKeyService sshKeys;
  final HttpConnectorService httpConnectors;
  final ToolInvoker httpConnectorInvoker;
  final McpServerService mcpServers;

  /** Seeds the built-in tool types and system skills, re-syncs the runbook mirror and SKILL.md files. */
  CatalogueWiring(AppConfig config, PersistenceAdapter persistence, SecretCipher cipher, Clock clock) {
    this.toolTypes = new ToolTypeCatalogue(persistence.toolTypes(), clock);
    toolTypes.seedBuiltins();
    this.runbooks =
        new RunbookService(persistence.runbooks(), new FileRunbookMirror(config.dataDir().resolve("runbooks")), clock);
    runbooks.resync();
    // The store is also where skills find the targets of their assets/ links.
    FileSystemContextFileStore contextStore = new FileSystemContextFileStore(config.dataDir().resolve("context"));
    this.skills = new SkillsFeature(persistence, config.dataDir().resolve("skills"), contextStore, cipher, clock);
    skills.seedAndRegenerate();
    this.contextFiles = new ContextFileService(persistence.contextFiles(), contextStore, skills.follower, clock);
    this.contextLibrary =
        new ContextFileLibrary(persistence.contextFiles(), contextStore, new PdfBoxTextExtractor());
    this.tools =
        new ToolInstanceService(
            persistence.toolTypes(), persistence.toolInstances(), persistence.sshKeys(), cipher, skills.follower, clock);
    this.skillUseCases = skills.useCases(tools);
    this.sshKeys =
        new SshKeyService(
            persistence.toolTypes(), persistence.toolInstances(), persistence.sshKeys(), cipher, UUID::randomUUID, clock);
    ConnectorDirectory connectorDirectory = new ConnectorDirectory(persistence.httpConnectors());
    this.httpConnectors =
        new HttpConnectorService(
            persistence.httpConnectors(), persistence.toolTypes(), persistence.mcpServers(), cipher,
            skills.connectorFollower, clock);
    this.httpConnectorInvoker = new HttpConnectorInvoker(connectorDirectory, new JacksonJsonCodec());
    this.mcpServers =
        new McpServerService(persistence.mcpServers(), connectorDirectory, new SdkMcpClient(), cipher, clock);
  }
}
