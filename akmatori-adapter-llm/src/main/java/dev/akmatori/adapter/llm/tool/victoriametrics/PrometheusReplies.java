package dev.akmatori.adapter.llm.tool.victoriametrics;

import dev.akmatori.adapter.llm.tool.integration.IntegrationClient;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import java.util.Map;
import okhttp3.Request;

/**
 * Replies of the Prometheus HTTP API: {@code {"status":"success","data":…}} on success, {@code
 * {"status":"error","errorType","error"}} with a 4xx/5xx status otherwise (the integration base
 * reports those). A 2xx reply that still says {@code "status":"error"} is an error too.
 */
final class PrometheusReplies {
  private PrometheusReplies() {}

  static Object data(IntegrationClient client, Request request, Cancellation cancellation) {
    Object body = client.json(request, cancellation);
    if (body instanceof Map && "error".equals(((Map<?, ?>) body).get("status"))) {
      Map<?, ?> error = (Map<?, ?>) body;
      throw new ToolCallException("200 " + error.get("errorType") + ": " + error.get("error"));
    }
    return body;
  }
}
