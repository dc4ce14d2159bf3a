package dev.akmatori.adapter.llm.tool.connector;

import java.io.IOException;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Keeps a connector's credentials on the API's own origin: a network interceptor (it sees every
 * redirect hop) that removes the auth headers from any hop to another scheme, host or port. OkHttp
 * drops {@code Authorization} on such hops by itself, but not an {@code api_key} header.
 */
final class CredentialScope implements Interceptor {
  /** The origin a request was built for and the headers that carry its credentials. */
  record Origin(HttpUrl url, List<String> credentialHeaders) {
    boolean sameOrigin(HttpUrl other) {
      return url.scheme().equals(other.scheme()) && url.host().equals(other.host()) && url.port() == other.port();
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Origin origin = request.tag(Origin.class);
    if (origin == null || origin.sameOrigin(request.url())) {
      return chain.proceed(request);
    }
    Request.Builder stripped = request.newBuilder();
    origin.credentialHeaders().forEach(stripped::removeHeader);
    return chain.proceed(stripped.build());
  }
}
