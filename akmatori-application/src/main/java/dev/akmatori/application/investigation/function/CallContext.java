package dev.akmatori.application.investigation.function;

import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.incident.IncidentId;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What one function call runs under: the incident, the call's cancellation (fires on its time
 * limit, on cancel, on shutdown and at the run's wall-time limit) and its time limit. A function
 * that uses a tool instance names it here, so the {@code tool_call} event shows it even when the
 * call then fails or times out.
 */
public final class CallContext {
  private final IncidentId incident;
  private final Cancellation cancellation;
  private final Duration timeout;
  private final AtomicReference<String> instance = new AtomicReference<>();

  public CallContext(IncidentId incident, Cancellation cancellation, Duration timeout) {
    this.incident = Objects.requireNonNull(incident, "incident");
    this.cancellation = Objects.requireNonNull(cancellation, "cancellation");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  public IncidentId incident() {
    return incident;
  }

  public Cancellation cancellation() {
    return cancellation;
  }

  public Duration timeout() {
    return timeout;
  }

  /** Records the logical name of the tool instance this call uses. */
  public void useInstance(String logicalName) {
    instance.set(logicalName);
  }

  /** The instance recorded by {@link #useInstance}, if any. */
  public Optional<String> instance() {
    return Optional.ofNullable(instance.get());
  }
}
