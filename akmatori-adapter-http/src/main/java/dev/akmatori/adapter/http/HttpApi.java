package dev.akmatori.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akmatori.adapter.http.alert.AlertEndpoints;
import dev.akmatori.adapter.http.alert.WebhookEndpoints;
import dev.akmatori.adapter.http.alertsource.AlertSourceEndpoints;
import dev.akmatori.adapter.http.apikey.ApiKeyEndpoints;
import dev.akmatori.adapter.http.auth.AuthEndpoints;
import dev.akmatori.adapter.http.auth.Authenticator;
import dev.akmatori.adapter.http.auth.JwtTokens;
import dev.akmatori.adapter.http.connector.HttpConnectorEndpoints;
import dev.akmatori.adapter.http.context.ContextFileEndpoints;
import dev.akmatori.adapter.http.docs.DocsEndpoints;
import dev.akmatori.adapter.http.error.ErrorMapper;
import dev.akmatori.adapter.http.health.HealthEndpoints;
import dev.akmatori.adapter.http.incident.EventStreams;
import dev.akmatori.adapter.http.incident.IncidentEndpoints;
import dev.akmatori.adapter.http.json.BodyLimit;
import dev.akmatori.adapter.http.json.Json;
import dev.akmatori.adapter.http.json.JsonBodies;
import dev.akmatori.adapter.http.mcp.McpServerEndpoints;
import dev.akmatori.adapter.http.metrics.MetricsEndpoints;
import dev.akmatori.adapter.http.metrics.PrometheusMetrics;
import dev.akmatori.adapter.http.metrics.RequestMetrics;
import dev.akmatori.adapter.http.request.RequestContext;
import dev.akmatori.adapter.http.routing.RouteTable;
import dev.akmatori.adapter.http.routing.Routes;
import dev.akmatori.adapter.http.runbook.RunbookEndpoints;
import dev.akmatori.adapter.http.settings.SettingsEndpoints;
import dev.akmatori.adapter.http.skill.SkillEndpoints;
import dev.akmatori.adapter.http.skill.SkillScriptEndpoints;
import dev.akmatori.adapter.http.tool.SshKeyEndpoints;
import dev.akmatori.adapter.http.tool.ToolInstanceEndpoints;
import dev.akmatori.adapter.http.tool.ToolTypeEndpoints;
import io.javalin.Javalin;

/** The REST API as an unstarted Javalin app: routes, before-handlers and the error mapper. */
public final class HttpApi {
  private HttpApi() {}

  /**
   * A new, unstarted app with metrics of its own (queue depth 0); {@link HttpServer} starts one,
   * tests drive one directly.
   */
  public static Javalin create(HttpDependencies deps) {
    return create(deps, PrometheusMetrics.withoutQueue());
  }

  /** As {@link #create(HttpDependencies)}, recording requests in and serving {@code metrics}. */
  public static Javalin create(HttpDependencies deps, PrometheusMetrics metrics) {
    return create(deps, new RouteTable(), metrics);
  }

  /** As {@link #create(HttpDependencies)}, recording the routes in {@code table}. */
  static Javalin create(HttpDependencies deps, RouteTable table) {
    return create(deps, table, PrometheusMetrics.withoutQueue());
  }

  private static Javalin create(HttpDependencies deps, RouteTable table, PrometheusMetrics metrics) {
    ObjectMapper mapper = Json.newMapper();
    JsonBodies bodies = new JsonBodies(mapper);
    JwtTokens tokens =
        new JwtTokens(deps.jwtSecret(), deps.jwtExpiry(), deps.clock(), deps.admin().username());
    Authenticator authenticator = new Authenticator(deps.apiKeys(), tokens);
    ErrorMapper errors = new ErrorMapper(table);
    BodyLimit bodyLimit = new BodyLimit(table, JsonBodies.MAX_BYTES);
    HealthEndpoints health = new HealthEndpoints(deps.health(), deps.version());
    DocsEndpoints docs = new DocsEndpoints();
    AuthEndpoints auth = new AuthEndpoints(deps.login(), deps.admin(), tokens, bodies);
    ApiKeyEndpoints apiKeys = new ApiKeyEndpoints(deps.apiKeys(), bodies);
    RunbookEndpoints runbooks = new RunbookEndpoints(deps.runbooks(), bodies);
    EventStreams streams = new EventStreams();
    IncidentEndpoints incidents =
        new IncidentEndpoints(deps.incidents(), deps.incidentOperations(), bodies, mapper, streams);
    ContextFileEndpoints contextFiles = new ContextFileEndpoints(deps.contextFiles(), bodies);
    AlertSourceEndpoints alertSources = new AlertSourceEndpoints(deps.alertSources(), bodies);
    WebhookEndpoints webhooks = new WebhookEndpoints(deps.alerts().ingest());
    AlertEndpoints alerts = new AlertEndpoints(deps.alerts().list());
    SettingsEndpoints settings = new SettingsEndpoints(deps.settings(), bodies);
    ToolTypeEndpoints toolTypes = new ToolTypeEndpoints(deps.toolTypes());
    ToolInstanceEndpoints tools = new ToolInstanceEndpoints(deps.tools(), bodies);
    SshKeyEndpoints sshKeys = new SshKeyEndpoints(deps.sshKeys(), bodies);
    McpServerEndpoints mcpServers = new McpServerEndpoints(deps.mcpServers(), bodies);
    SkillEndpoints skills = new SkillEndpoints(deps.skills(), bodies);
    SkillScriptEndpoints skillScripts = new SkillScriptEndpoints(deps.skills(), deps.skillScripts(), bodies);
    HttpConnectorEndpoints httpConnectors = new HttpConnectorEndpoints(deps.httpConnectors(), bodies);
    MetricsEndpoints metricsEndpoints = new MetricsEndpoints(metrics);
    RequestMetrics requestMetrics = new RequestMetrics(metrics, table);
    return Javalin.create(
        config -> {
          ServerSettings.apply(config, mapper, errors, requestMetrics);
          // Open event streams end when the server stops, so a graceful stop never waits on them.
          config.events.serverStopping(streams::closeAll);
          // Order matters: request id and CORS, then authentication, then the declared body size.
          config.routes.before(RequestContext::open);
          config.routes.before(authenticator::authenticate);
          config.routes.before(bodyLimit::checkDeclaredLength);
          errors.register(config.routes);
          Routes routes = new Routes(config.routes, table);
          health.register(routes);
          metricsEndpoints.register(routes);
          docs.register(routes);
          auth.register(routes);
          apiKeys.register(routes);
          runbooks.register(routes);
          contextFiles.register(routes);
          incidents.register(routes);
          alertSources.register(routes);
          webhooks.register(routes);
          alerts.register(routes);
          settings.register(routes);
          toolTypes.register(routes);
          tools.register(routes);
          sshKeys.register(routes);
          mcpServers.register(routes);
          skills.register(routes);
          skillScripts.register(routes);
          httpConnectors.register(routes);
        });
  }
}
