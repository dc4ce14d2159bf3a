package dev.akmatori.adapter.llm.http;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value built on the first {@link #get()} and handed out from then on; a factory that throws is
 * tried again on the next call. Thread-safe. For the OkHttp clients: building one loads the JDK's
 * TLS stack and parses the trust store, which the server's cold start paid several times for
 * clients a server may never use (ADR 0027).
 */
public final class Once<T> implements Supplier<T> {
  private final Supplier<? extends T> factory;
  private volatile T value;

  public Once(Supplier<? extends T> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  @Override
  public T get() {
    T built = value;
    if (built == null) {
      synchronized (this) {
        built = value;
        if (built == null) {
          built = Objects.requireNonNull(factory.get(), "built value");
          value = built;
        }
      }
    }
    return built;
  }
}
