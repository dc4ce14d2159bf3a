package dev.akmatori.adapter.llm.tool.connector;

import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.json.JsonCodec;
import dev.akmatori.domain.connector.AuthMethod;
import dev.akmatori.domain.connector.ConnectorAuth;
import dev.akmatori.domain.connector.ConnectorParam;
import dev.akmatori.domain.connector.HttpConnectorSpec;
import dev.akmatori.domain.connector.ParamLocation;
import dev.akmatori.domain.connector.ToolDefinition;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Builds the request of one connector tool call by contract §3.8: base URL from the instance
 * setting, {@code {{p}}} placeholders path-escaped, {@code query} params URL-encoded, {@code header}
 * params as headers, {@code body} params as a JSON object for POST and PUT only, then the auth
 * header (which wins over a header param of the same name). Only declared params are sent.
 */
final class ConnectorRequests {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)}}");
  private static final MediaType JSON = MediaType.get("application/json");

  private final JsonCodec json;

  ConnectorRequests(JsonCodec json) {
    this.json = json;
  }

  /** @throws ToolCallException for a missing base URL, credential or required parameter */
  Request build(HttpConnectorSpec connector, ToolDefinition tool, Map<String, Object> settings,
      Map<String, Object> arguments) {
    ArgumentValues values = new ArgumentValues(tool, arguments, json);
    String base = setting(settings, connector.baseUrlField(), "base URL field");
    values.requireAll();
    HttpUrl.Builder url = url(base, path(tool.path(), values), connector.baseUrlField()).newBuilder();
    Request.Builder request = new Request.Builder();
    Map<String, Object> body = new LinkedHashMap<>();
    for (ConnectorParam param : tool.params()) {
      Object value = values.value(param.name());
      if (value == null || param.in() == ParamLocation.PATH) {
        continue;
      }
      if (param.in() == ParamLocation.QUERY) {
        for (Object item : value instanceof List ? (List<?>) value : List.of(value)) {
          url.addQueryParameter(param.name(), values.text(item));
        }
      } else if (param.in() == ParamLocation.HEADER) {
        header(request, param.name(), values.text(value));
      } else {
        body.put(param.name(), value);
      }
    }
    RequestBody payload =
        tool.httpMethod().sendsBody() ? RequestBody.create(json.write(body).getBytes(StandardCharsets.UTF_8), JSON) : null;
    HttpUrl target = url.build();
    request.url(target).method(tool.httpMethod().name(), payload);
    List<String> credentials = authenticate(request, connector.auth(), settings);
    return request.tag(CredentialScope.Origin.class, new CredentialScope.Origin(target, credentials)).build();
  }

  private static String path(String template, ArgumentValues values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = values.value(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : PathEscaping.escape(values.text(value))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static HttpUrl url(String base, String path, String field) {
    String joined = stripTrailingSlashes(base) + "/" + path.replaceFirst("^/+", "");
    HttpUrl url = HttpUrl.parse(joined);
    if (url == null) {
      throw new ToolCallException("base URL field '" + field + "' does not hold an http or https URL");
    }
    return url;
  }

  /** Sets the auth header and answers the names of the headers that now carry credentials. */
  private static List<String> authenticate(Request.Builder request, ConnectorAuth auth, Map<String, Object> settings) {
    if (auth == null) {
      return List.of();
    }
    switch (auth.method()) {
      case BEARER_TOKEN -> header(request, "Authorization", "Bearer " + setting(settings, auth.tokenField(), "token field"));
      case API_KEY -> header(request, auth.headerName(), setting(settings, auth.tokenField(), "token field"));
      case BASIC_AUTH -> header(request, "Authorization", Credentials.basic(
          setting(settings, ConnectorAuth.USERNAME, "username field"),
          setting(settings, ConnectorAuth.PASSWORD, "password field"), StandardCharsets.UTF_8));
    }
    return List.of(auth.method() == AuthMethod.API_KEY ? auth.headerName() : "Authorization");
  }

  /** Sets a header; OkHttp refuses names and values it cannot send (line breaks, non-ASCII names). */
  private static void header(Request.Builder request, String name, String value) {
    try {
      request.header(name, value);
    } catch (IllegalArgumentException e) {
      throw new ToolCallException("header '" + name + "' cannot be sent: invalid name or value");
    }
  }

  /** A non-empty string setting; never echoes its value (it may be a secret). */
  private static String setting(Map<String, Object> settings, String key, String what) {
    Object value = settings.get(key);
    if (!(value instanceof String) || ((String) value).isEmpty()) {
      throw new ToolCallException(what + " '" + key + "' not found in instance settings");
    }
    return (String) value;
  }

  private static String stripTrailingSlashes(String base) {
    int end = base.length();
    while (end > 0 && base.charAt(end - 1) == '/') {
      end--;
    }
    return base.substring(0, end);
  }
}
