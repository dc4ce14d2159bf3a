package dev.akmatori.app;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.Map;

/**
 * Logback's JSON lines ({@code AKMATORI_LOG_FORMAT=json}, contract §7) with the request id as a
 * top-level {@code request_id} field, so log tools can filter one request's lines without digging
 * into an {@code mdc} object. Lines logged outside a request have no such field.
 */
public final class RequestIdJsonEncoder extends JsonEncoder {
  /** The MDC key the HTTP adapter sets for each request ({@code RequestContext.MDC_KEY}). */
  static final String REQUEST_ID = "request_id";

  @Override
  protected void appendCustomFields(StringBuilder sb, ILoggingEvent event) {
    Map<String, String> mdc = event.getMDCPropertyMap();
    String id = mdc == null ? null : mdc.get(REQUEST_ID);
    if (id != null) {
      sb.append(VALUE_SEPARATOR).append(QUOTE).append(REQUEST_ID).append(QUOTE_COL);
      sb.append(QUOTE).append(escaped(id)).append(QUOTE);
    }
  }

  /** JSON string escaping; the HTTP adapter only lets {@code [A-Za-z0-9._-]} ids through anyway. */
  static String escaped(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
