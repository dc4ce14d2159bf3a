package dev.akmatori.adapter.llm.http;

import dev.akmatori.application.model.CallLimits;
import dev.akmatori.application.model.ModelEndpoint.ProxyRoute;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * Hands out the transport every model client uses: one shared {@link OkHttpClient} (one connection
 * pool and dispatcher for the process), derived per proxy route, wrapped in the retry decorator.
 * Thread-safe; create one per process.
 */
public final class ModelTransports {
  /** Contract §5.8: a model request may take up to 600 s. */
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(600);

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

  private final Supplier<OkHttpClient> shared;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier random;

  /**
   * Production settings: the default client (built on first use, ADR 0027), {@link
   * RetryPolicy#DEFAULT}, real waits.
   */
  public ModelTransports() {
    this(
        new Once<>(ModelTransports::defaultClient),
        RetryPolicy.DEFAULT,
        Sleeper.cancellable(),
        Clock.systemUTC(),
        () -> ThreadLocalRandom.current().nextDouble());
  }

  /** For tests and tuning: every collaborator explicit ({@code random} yields values in [0, 1)). */
  public ModelTransports(
      OkHttpClient shared, RetryPolicy policy, Sleeper sleeper, Clock clock, DoubleSupplier random) {
    this(present(shared), policy, sleeper, clock, random);
  }

  /** As the constructor above with the client built when first needed (a {@link Once}). */
  public ModelTransports(
      Supplier<OkHttpClient> shared, RetryPolicy policy, Sleeper sleeper, Clock clock, DoubleSupplier random) {
    this.shared = Objects.requireNonNull(shared, "shared");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * Direct connections (the JVM's proxy properties are ignored: settings decide), 15 s to connect,
   * 600 s for the whole call and for each read, no logging interceptor (headers carry the key).
   */
  public static OkHttpClient defaultClient() {
    return new OkHttpClient.Builder()
        .proxy(Proxy.NO_PROXY)
        .connectTimeout(CONNECT_TIMEOUT)
        .readTimeout(CALL_TIMEOUT)
        .writeTimeout(Duration.ofSeconds(60))
        .callTimeout(CALL_TIMEOUT)
        .build();
  }

  /**
   * The process-wide client every other outbound HTTP client is derived from with {@code
   * newBuilder()} (one connection pool and dispatcher), e.g. the tool integrations.
   */
  public OkHttpClient sharedClient() {
    return shared.get();
  }

  private static Supplier<OkHttpClient> present(OkHttpClient client) {
    Objects.requireNonNull(client, "shared");
    return () -> client;
  }

  /**
   * The retrying transport for one endpoint: direct, or through {@code proxy} when present (a
   * blank proxy URL means direct), with this instance's retry policy and the shared client's
   * timeouts.
   *
   * @throws IllegalArgumentException when the proxy URL is unusable (not an {@code http://} URL)
   */
  public HttpTransport forRoute(Optional<ProxyRoute> proxy) {
    return new RetryingTransport(new OkHttpTransport(client(proxy)), policy, sleeper, clock, random);
  }

  /**
   * As {@link #forRoute(Optional)}, but each attempt is abandoned after {@code limits.timeout()}
   * (OkHttp's call timeout: connect, send, wait and read together; the client is derived, so the
   * pool is still shared) and at most {@code limits.retries()} retries follow, with this instance's
   * waits.
   *
   * @throws IllegalArgumentException when the proxy URL is unusable (not an {@code http://} URL)
   */
  public HttpTransport forRoute(Optional<ProxyRoute> proxy, CallLimits limits) {
    OkHttpClient client = client(proxy);
    if (client.callTimeoutMillis() != limits.timeout().toMillis()) {
      client = client.newBuilder().callTimeout(limits.timeout()).build();
    }
    RetryPolicy limited = policy.withMaxRetries(limits.retries());
    return new RetryingTransport(new OkHttpTransport(client), limited, sleeper, clock, random);
  }

  private OkHttpClient client(Optional<ProxyRoute> proxy) {
    return proxy
        .filter(route -> route.url() != null && !route.url().isBlank())
        .map(route -> ProxyRouting.derive(shared.get(), ProxyConfig.parse(route)))
        .orElseGet(shared);
  }
}
