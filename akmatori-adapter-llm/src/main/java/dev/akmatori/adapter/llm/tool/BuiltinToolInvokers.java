package dev.akmatori.adapter.llm.tool;

import dev.akmatori.adapter.llm.http.ModelTransports;
import dev.akmatori.adapter.llm.tool.catchpoint.CatchpointToolInvoker;
import dev.akmatori.adapter.llm.tool.grafana.GrafanaToolInvoker;
import dev.akmatori.adapter.llm.tool.integration.IntegrationHttp;
import dev.akmatori.adapter.llm.tool.kubernetes.KubernetesToolInvoker;
import dev.akmatori.adapter.llm.tool.netbox.NetBoxToolInvoker;
import dev.akmatori.adapter.llm.tool.pagerduty.PagerDutyToolInvoker;
import dev.akmatori.adapter.llm.tool.victoriametrics.VictoriaMetricsToolInvoker;
import dev.akmatori.adapter.llm.tool.zabbix.ZabbixToolInvoker;
import dev.akmatori.application.investigation.tool.ToolInvoker;
import dev.akmatori.application.settings.RuntimeSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The invokers of the built-in tool types this adapter implements, by type name, for {@code
 * ToolInvokers}: {@code new ToolInvokers(BuiltinToolInvokers.create(transports, settings),
 * connectors)}. The HTTP integrations share the process-wide OkHttp client of {@code transports}
 * and read the proxy settings from {@code settings} at call time. One line per type: add yours.
 */
public final class BuiltinToolInvokers {
  private BuiltinToolInvokers() {}

  /** A new, modifiable map (callers may add invokers built elsewhere). */
  public static Map<String, ToolInvoker> create(ModelTransports transports, RuntimeSettings settings) {
    IntegrationHttp http = new IntegrationHttp(transports::sharedClient, settings);
    Map<String, ToolInvoker> invokers = new LinkedHashMap<>();
    invokers.put("zabbix", new ZabbixToolInvoker(http));
    invokers.put("victoria_metrics", new VictoriaMetricsToolInvoker(http));
    invokers.put("grafana", new GrafanaToolInvoker(http));
    invokers.put("kubernetes", new KubernetesToolInvoker(http));
    invokers.put("pagerduty", new PagerDutyToolInvoker(http));
    invokers.put("netbox", new NetBoxToolInvoker(http));
    invokers.put("catchpoint", new CatchpointToolInvoker(http));
    return invokers;
  }
}
