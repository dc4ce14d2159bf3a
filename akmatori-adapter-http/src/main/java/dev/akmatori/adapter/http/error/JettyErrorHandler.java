package dev.akmatori.adapter.http.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akmatori.adapter.http.json.Json;
import dev.akmatori.adapter.http.request.RequestContext;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Replaces Jetty's HTML error page for requests rejected before routing — ambiguous or malformed
 * URIs (400), URIs over the limit (414), headers over the limit (431) — with the JSON error body
 * (contract §1.3). No {@code WWW-Authenticate}: these never reach authentication.
 *
 * <p>Every such answer says {@code Connection: close} and the connection is closed after it. Jetty
 * closes after most of them anyway (it cannot tell where a malformed request ends), and a client
 * not told so would send its next request down a dead pooled connection and fail (ADR 0023).
 */
public final class JettyErrorHandler extends ErrorHandler {
  private final ObjectMapper mapper;

  public JettyErrorHandler(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Object attribute = request.getAttribute(ERROR_STATUS);
    int status = attribute instanceof Integer ? (Integer) attribute : response.getStatus();
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Json.CONTENT_TYPE);
    response.getHeaders().put(ERROR_CACHE_CONTROL);
    response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    String requestId = RequestContext.acceptId(request.getHeaders().get(RequestContext.HEADER));
    response.getHeaders().put(RequestContext.HEADER, requestId);
    response.write(true, ByteBuffer.wrap(body(status)), callback);
    return true;
  }

  private byte[] body(int status) {
    try {
      return mapper.writeValueAsBytes(StatusProblems.forStatus(status));
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("An error body always serialises", impossible);
    }
  }
}
