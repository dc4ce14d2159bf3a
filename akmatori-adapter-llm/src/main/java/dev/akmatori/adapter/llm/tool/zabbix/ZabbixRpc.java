package dev.akmatori.adapter.llm.tool.zabbix;

import dev.akmatori.adapter.llm.tool.integration.IntegrationClient;
import dev.akmatori.adapter.llm.tool.integration.Json;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * One JSON-RPC 2.0 exchange with {@code api_jsonrpc.php}: {@code POST} with {@code Content-Type:
 * application/json-rpc} (exactly, no charset parameter), body {@code {"jsonrpc":"2.0", "method",
 * "params", "id"}} plus {@code "auth"} for the old field-style authentication, or the header {@code
 * Authorization: Bearer} for the new one.
 */
final class ZabbixRpc {
  private static final MediaType JSON_RPC = MediaType.get("application/json-rpc");

  private final IntegrationClient client;
  private final AtomicLong ids;
  private final Cancellation cancellation;

  ZabbixRpc(IntegrationClient client, AtomicLong ids, Cancellation cancellation) {
    this.client = client;
    this.ids = ids;
    this.cancellation = cancellation;
  }

  /** How a request carries its credential. */
  enum Style {
    NONE,
    BEARER,
    FIELD
  }

  /**
   * Calls {@code method} and answers its {@code result}.
   *
   * @throws ZabbixFault when the reply holds an {@code error} object
   * @throws ToolCallException for HTTP and network failures and replies that are not JSON-RPC
   */
  Object call(String method, Object params, Style style, String credential) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("jsonrpc", "2.0");
    envelope.put("method", method);
    envelope.put("params", params);
    envelope.put("id", ids.incrementAndGet());
    if (style == Style.FIELD) {
      envelope.put("auth", credential);
    }
    Request.Builder request = new Request.Builder()
        .url(client.url().build())
        .post(RequestBody.create(Json.write(envelope).getBytes(StandardCharsets.UTF_8), JSON_RPC));
    if (style == Style.BEARER) {
      request.header("Authorization", "Bearer " + credential);
    }
    Object reply = client.json(request.build(), cancellation);
    if (!(reply instanceof Map)) {
      throw new ToolCallException("Zabbix answered " + method + " with something other than JSON-RPC");
    }
    Map<?, ?> body = (Map<?, ?>) reply;
    if (body.get("error") instanceof Map) {
      throw ZabbixFault.of((Map<?, ?>) body.get("error"));
    }
    if (!body.containsKey("result")) {
      throw new ToolCallException("Zabbix answered " + method + " without a result");
    }
    return body.get("result");
  }
}
