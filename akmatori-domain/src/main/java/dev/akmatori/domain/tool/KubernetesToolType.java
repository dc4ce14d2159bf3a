package dev.akmatori.domain.tool;

import static dev.akmatori.domain.tool.Args.count;
import static dev.akmatori.domain.tool.Args.fields;
import static dev.akmatori.domain.tool.Args.flag;
import static dev.akmatori.domain.tool.Args.limit;
import static dev.akmatori.domain.tool.Args.none;
import static dev.akmatori.domain.tool.Args.read;
import static dev.akmatori.domain.tool.Args.text;
import static dev.akmatori.domain.tool.CommonSettings.url;
import static dev.akmatori.domain.tool.CommonSettings.withHttpCommon;
import static dev.akmatori.domain.tool.SchemaBuilder.object;
import static dev.akmatori.domain.tool.SchemaBuilder.string;

import java.util.ArrayList;
import java.util.List;

/** §6.10 {@code kubernetes}: cluster state through the API server; every operation is R. */
final class KubernetesToolType {
  private static final String[][] NAMESPACED_LISTS = {
    {"get_statefulsets", "stateful sets"}, {"get_daemonsets", "daemon sets"}, {"get_jobs", "jobs"},
    {"get_cronjobs", "cron jobs"}, {"get_services", "services"}, {"get_ingresses", "ingresses"},
    {"get_configmaps", "config maps"},
  };

  private KubernetesToolType() {}

  static ToolTypeDefinition definition() {
    SchemaBuilder settings = object()
        .property("k8s_url", url("API server URL, e.g. https://k8s.example.com:6443"))
        .property("k8s_token", string().secret().description("Service account token, sent as a Bearer token"))
        .property("k8s_ca_cert", string().format("textarea")
            .description("PEM CA certificate of the API server, when it is not publicly trusted"))
        .required("k8s_url", "k8s_token");
    List<ToolOperation> ops = new ArrayList<>();
    ops.add(read("get_namespaces", "List namespaces with their status.", none()));
    ops.add(read("get_pods", "List the pods of a namespace with phase, readiness, restarts and node.",
        namespaced().property("field_selector", fieldSelector()).property("limit", limit())));
    ops.add(read("get_pod_detail", "Get a pod's spec and status: containers, images, states, conditions.",
        named()));
    ops.add(read("get_pod_logs", "Read the logs of a pod's container.",
        named().property("container", text("Container name, for pods with several containers"))
            .property("tail_lines", count("Only the last N lines"))
            .property("since_seconds", count("Only lines from the last N seconds"))
            .property("previous", flag("Logs of the previous (e.g. crashed) container instance"))));
    ops.add(read("get_events", "List events (warnings, scheduling, image pulls, kills).",
        none().property("namespace", text("Namespace; all namespaces when omitted"))
            .property("field_selector", fieldSelector()).property("limit", limit())));
    ops.add(read("get_deployments", "List deployments with desired, ready and available replicas.",
        namespacedList()));
    ops.add(read("get_deployment_detail", "Get a deployment's spec, strategy, conditions and replica status.",
        named()));
    for (String[] list : NAMESPACED_LISTS) {
      String note = list[0].equals("get_configmaps") ? " Metadata only, never their data." : "";
      ops.add(read(list[0], "List the " + list[1] + " of a namespace." + note, namespacedList()));
    }
    ops.add(read("get_nodes", "List nodes with readiness, roles and versions.",
        none().property("label_selector", labelSelector()).property("limit", limit())));
    ops.add(read("get_node_detail", "Get a node's capacity, allocatable resources, conditions and taints.",
        none().property("name", text("Node name")).required("name")));
    ops.add(read("api_request", "GET any read-only API path under /api or /apis (no query string);"
            + " secrets, exec, attach, port-forward, proxy and watch/follow are refused.",
        none().property("path", text("API path, e.g. /apis/apps/v1/namespaces/web/replicasets"))
            .property("params", fields("Query parameters, e.g. {\"labelSelector\": \"app=web\"}"))
            .required("path")));
    return new ToolTypeDefinition(
        "kubernetes",
        ToolKind.BUILTIN,
        "Kubernetes, read-only: namespaces, pods and their logs, events, workloads, services, nodes.",
        withHttpCommon(settings, "k8s_").build(),
        ops);
  }

  private static SchemaBuilder namespaced() {
    return none().property("namespace", text("Namespace")).property("name", text("Only this name"))
        .property("label_selector", labelSelector()).required("namespace");
  }

  private static SchemaBuilder namespacedList() {
    return namespaced().property("limit", limit());
  }

  private static SchemaBuilder named() {
    return none().property("namespace", text("Namespace")).property("name", text("Name"))
        .required("namespace", "name");
  }

  private static SchemaBuilder labelSelector() {
    return text("Label selector, e.g. app=web,tier!=db");
  }

  private static SchemaBuilder fieldSelector() {
    return text("Field selector, e.g. status.phase=Running");
  }
}
