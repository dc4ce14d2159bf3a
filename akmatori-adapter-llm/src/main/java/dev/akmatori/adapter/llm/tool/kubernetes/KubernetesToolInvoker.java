package dev.akmatori.adapter.llm.tool.kubernetes;

import dev.akmatori.adapter.llm.tool.integration.Arguments;
import dev.akmatori.adapter.llm.tool.integration.Auth;
import dev.akmatori.adapter.llm.tool.integration.HttpTarget;
import dev.akmatori.adapter.llm.tool.integration.InstanceSettings;
import dev.akmatori.adapter.llm.tool.integration.IntegrationClient;
import dev.akmatori.adapter.llm.tool.integration.IntegrationHttp;
import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.investigation.tool.ToolInvoker;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.settings.ProxyService;
import dev.akmatori.domain.tool.ToolOperation;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.time.Duration;
import java.util.Map;

/**
 * §6.10 {@code kubernetes}, read-only, against the API server with the service account token as
 * Bearer, trusting {@code k8s_ca_cert} when given. Lists come back as {@code {count, items,
 * continue?}} with compact entries for pods, deployments, nodes, namespaces and events and cleaned
 * objects otherwise; details are cleaned objects; logs are text. Config maps never show their data.
 * Thread-safe.
 */
public final class KubernetesToolInvoker implements ToolInvoker {
  private final IntegrationHttp http;

  public KubernetesToolInvoker(IntegrationHttp http) {
    this.http = http;
  }

  @Override
  public Object invoke(
      ToolTypeDefinition type, ToolOperation operation, AllowedInstance instance,
      Map<String, Object> arguments, Duration timeout, Cancellation cancellation) {
    InstanceSettings settings = InstanceSettings.of(instance);
    HttpTarget target = HttpTarget.fromSettings(settings, "k8s_url", "k8s_", ProxyService.KUBERNETES)
        .withCaCertificate(settings.text("k8s_ca_cert").orElse(""));
    IntegrationClient client = http.client(target, Auth.bearer(settings.requiredSecret("k8s_token")));
    KubeRequests kube = new KubeRequests(client, new Arguments(arguments), cancellation);
    String name = operation.name();
    switch (name) {
      case "get_namespaces":
        return kube.list(kube.url("api", "v1", "namespaces"), false, Views::namespace);
      case "get_pods":
        return kube.list(kube.namespaced("api/v1", "pods"), true, Views::pod);
      case "get_pod_detail":
        return kube.object(kube.named("api/v1", "pods"));
      case "get_pod_logs":
        return kube.logs();
      case "get_events":
        return kube.list(kube.args().has("namespace")
            ? kube.namespaced("api/v1", "events") : kube.url("api", "v1", "events"), true, Views::event);
      case "get_deployments":
        return kube.list(kube.namespaced("apis/apps/v1", "deployments"), false, Views::deployment);
      case "get_deployment_detail":
        return kube.object(kube.named("apis/apps/v1", "deployments"));
      case "get_configmaps":
        return kube.list(kube.namespaced("api/v1", "configmaps"), false,
            item -> KubeObjects.withoutData(KubeObjects.clean(item)));
      case "get_nodes":
        return kube.list(kube.url("api", "v1", "nodes"), false, Views::node);
      case "get_node_detail":
        return kube.object(kube.url("api", "v1", "nodes", KubeRequests.name(kube.args(), "name")));
      case "api_request":
        return kube.apiRequest();
      default:
        return namespacedList(kube, name);
    }
  }

  /** {@code get_statefulsets} … {@code get_ingresses}: cleaned objects of their API group. */
  private static Object namespacedList(KubeRequests kube, String operation) {
    switch (operation) {
      case "get_statefulsets":
        return kube.list(kube.namespaced("apis/apps/v1", "statefulsets"), false, KubeObjects::clean);
      case "get_daemonsets":
        return kube.list(kube.namespaced("apis/apps/v1", "daemonsets"), false, KubeObjects::clean);
      case "get_jobs":
        return kube.list(kube.namespaced("apis/batch/v1", "jobs"), false, KubeObjects::clean);
      case "get_cronjobs":
        return kube.list(kube.namespaced("apis/batch/v1", "cronjobs"), false, KubeObjects::clean);
      case "get_services":
        return kube.list(kube.namespaced("api/v1", "services"), false, KubeObjects::clean);
      case "get_ingresses":
        return kube.list(kube.namespaced("apis/networking.k8s.io/v1", "ingresses"), false, KubeObjects::clean);
      default:
        throw new ToolCallException("kubernetes has no operation '" + operation + "'");
    }
  }
}
