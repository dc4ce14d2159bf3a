package dev.akmatori.adapter.llm.tool.kubernetes;

import static dev.akmatori.adapter.llm.tool.kubernetes.KubeObjects.at;
import static dev.akmatori.adapter.llm.tool.kubernetes.KubeObjects.list;
import static dev.akmatori.adapter.llm.tool.kubernetes.KubeObjects.map;
import static dev.akmatori.adapter.llm.tool.kubernetes.KubeObjects.number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact list entries the catalogue promises: pods with phase, readiness, restarts and node;
 * deployments with desired, ready and available replicas; nodes with readiness, roles and versions;
 * namespaces with their status; events with what, why and when.
 */
final class Views {
  private static final String ROLE_LABEL = "node-role.kubernetes.io/";

  private Views() {}

  static Object namespace(Object ns) {
    Map<String, Object> out = named(ns);
    out.put("phase", at(ns, "status", "phase"));
    out.put("labels", map(ns, "metadata", "labels"));
    return out;
  }

  static Object pod(Object pod) {
    Map<String, Object> out = named(pod);
    List<Map<String, Object>> containers = new ArrayList<>();
    long ready = 0;
    long restarts = 0;
    for (Object status : list(pod, "status", "containerStatuses")) {
      ready += Boolean.TRUE.equals(at(status, "ready")) ? 1 : 0;
      restarts += number(status, "restartCount");
      Map<String, Object> container = new LinkedHashMap<>();
      container.put("name", at(status, "name"));
      container.put("image", at(status, "image"));
      container.put("ready", at(status, "ready"));
      container.put("restarts", number(status, "restartCount"));
      container.put("state", state(map(status, "state")));
      if (!map(status, "lastState").isEmpty()) {
        container.put("last_state", state(map(status, "lastState")));
      }
      containers.add(container);
    }
    out.put("phase", at(pod, "status", "phase"));
    out.put("ready", ready + "/" + list(pod, "spec", "containers").size());
    out.put("restarts", restarts);
    out.put("node", at(pod, "spec", "nodeName"));
    out.put("pod_ip", at(pod, "status", "podIP"));
    out.put("started", at(pod, "status", "startTime"));
    if (at(pod, "status", "reason") != null) {
      out.put("reason", at(pod, "status", "reason"));
    }
    out.put("containers", containers);
    return out;
  }

  static Object deployment(Object deployment) {
    Map<String, Object> out = named(deployment);
    out.put("replicas", at(deployment, "spec", "replicas"));
    out.put("ready", number(deployment, "status", "readyReplicas"));
    out.put("available", number(deployment, "status", "availableReplicas"));
    out.put("updated", number(deployment, "status", "updatedReplicas"));
    List<Object> images = new ArrayList<>();
    list(deployment, "spec", "template", "spec", "containers").forEach(c -> images.add(at(c, "image")));
    out.put("images", images);
    List<Map<String, Object>> conditions = new ArrayList<>();
    for (Object condition : list(deployment, "status", "conditions")) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("type", at(condition, "type"));
      c.put("status", at(condition, "status"));
      c.put("reason", at(condition, "reason"));
      c.put("message", at(condition, "message"));
      conditions.add(c);
    }
    out.put("conditions", conditions);
    return out;
  }

  static Object node(Object node) {
    Map<String, Object> out = named(node);
    List<String> roles = new ArrayList<>();
    List<String> pressure = new ArrayList<>();
    map(node, "metadata", "labels").keySet().forEach(label -> {
      if (String.valueOf(label).startsWith(ROLE_LABEL)) {
        roles.add(String.valueOf(label).substring(ROLE_LABEL.length()));
      }
    });
    Object ready = "Unknown";
    for (Object condition : list(node, "status", "conditions")) {
      if ("Ready".equals(at(condition, "type"))) {
        ready = at(condition, "status");
      } else if ("True".equals(at(condition, "status"))) {
        pressure.add(String.valueOf(at(condition, "type")));
      }
    }
    out.put("ready", ready);
    out.put("roles", roles);
    out.put("unschedulable", Boolean.TRUE.equals(at(node, "spec", "unschedulable")));
    out.put("conditions_true", pressure);
    out.put("kubelet_version", at(node, "status", "nodeInfo", "kubeletVersion"));
    out.put("os_image", at(node, "status", "nodeInfo", "osImage"));
    for (Object address : list(node, "status", "addresses")) {
      if ("InternalIP".equals(at(address, "type"))) {
        out.put("internal_ip", at(address, "address"));
      }
    }
    return out;
  }

  static Object event(Object event) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("namespace", at(event, "metadata", "namespace"));
    out.put("type", at(event, "type"));
    out.put("reason", at(event, "reason"));
    out.put("object", at(event, "involvedObject", "kind") + "/" + at(event, "involvedObject", "name"));
    out.put("message", at(event, "message"));
    out.put("count", at(event, "count") != null ? at(event, "count") : number(event, "series", "count"));
    out.put("first_seen", at(event, "firstTimestamp"));
    Object last = at(event, "lastTimestamp");
    out.put("last_seen", last != null ? last : at(event, "eventTime"));
    return out;
  }

  private static Map<String, Object> named(Object object) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", at(object, "metadata", "name"));
    if (at(object, "metadata", "namespace") != null) {
      out.put("namespace", at(object, "metadata", "namespace"));
    }
    out.put("created", at(object, "metadata", "creationTimestamp"));
    return out;
  }

  private static String state(Map<?, ?> state) {
    if (state.get("running") != null) {
      return "running";
    }
    for (String kind : new String[] {"waiting", "terminated"}) {
      Object detail = state.get(kind);
      if (detail != null) {
        Object reason = at(detail, "reason");
        Object exit = at(detail, "exitCode");
        return kind + (reason == null ? "" : ": " + reason) + (exit == null ? "" : " (exit " + exit + ")");
      }
    }
    return "unknown";
  }
}
