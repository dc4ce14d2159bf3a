package dev.akmatori.application.investigation;

import dev.akmatori.application.incident.IncidentRepository;
import dev.akmatori.application.model.ActiveModelSettings;
import dev.akmatori.application.model.ActiveModelSettings.ActiveModel;
import dev.akmatori.application.model.CallLimits;
import dev.akmatori.application.model.ChatModelFactory;
import dev.akmatori.application.model.ChatResponse;
import dev.akmatori.application.model.ChatResponse.StopReason;
import dev.akmatori.application.model.ModelCallException;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentTitle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional model-generated title (contract §5.2). When enabled, each new incident whose source
 * text has at least 10 characters gets one model call on a small pool of daemon threads — never on
 * the creating thread and outside the investigation: not a step, no event, not in {@code full_log}
 * or the transcript. The active provider is read when the call starts; an unconfigured one means
 * no call. The call is one attempt of at most 30 s asking for 50 tokens without functions. A usable
 * answer ({@link IncidentTitle#fromModel}) replaces the title, whatever the incident's status; the
 * call's tokens are added to {@code tokens_used} whenever an answer arrives. Every failure keeps
 * the fallback title and is only logged, without secrets. Thread-safe; {@link #close} cancels the
 * calls in flight and drops the waiting ones.
 */
public final class ModelTitles implements IncidentTitles, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ModelTitles.class);

  /** Contract §5.2: source texts shorter than this keep their fallback title. */
  static final int MIN_SOURCE = 10;

  /** Whether titles are asked for, how long a call may take, and the pool's size. */
  public record Settings(boolean enabled, Duration timeout, int threads, int queue) {
    /** Contract §5.2: a 30 s call; two threads, a hundred waiting requests at most (ADR 0021). */
    public static Settings of(boolean enabled) {
      return new Settings(enabled, Duration.ofSeconds(30), 2, 100);
    }
  }

  private final ActiveModelSettings settings;
  private final ChatModelFactory models;
  private final IncidentRepository incidents;
  private final Clock clock;
  private final CallLimits limits;
  private final Executor executor;
  private final Set<CancellationSignal> inFlight = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /** Titles on their own pool of daemon threads (none when disabled). */
  public ModelTitles(
      ActiveModelSettings settings, ChatModelFactory models, IncidentRepository incidents, Clock clock, Settings config) {
    this(settings, models, incidents, clock, config, config.enabled() ? pool(config) : null);
  }

  /** Titles run by {@code executor} (tests pass a direct one); {@code null} when disabled. */
  ModelTitles(
      ActiveModelSettings settings,
      ChatModelFactory models,
      IncidentRepository incidents,
      Clock clock,
      Settings config,
      Executor executor) {
    this.settings = settings;
    this.models = models;
    this.incidents = incidents;
    this.clock = clock;
    this.limits = CallLimits.singleAttempt(config.timeout());
    this.executor = config.enabled() ? executor : null;
  }

  @Override
  public void created(IncidentId incident, String sourceText) {
    if (executor == null || closed) {
      return;
    }
    String text = sourceText == null ? "" : sourceText.strip();
    if (text.codePointCount(0, text.length()) < MIN_SOURCE) {
      LOG.debug("Incident {} keeps its fallback title: the source text is too short", incident);
      return;
    }
    try {
      executor.execute(() -> title(incident, text));
    } catch (RejectedExecutionException e) {
      if (!closed) {
        LOG.warn("Incident {} keeps its fallback title: too many model titles are waiting", incident);
      }
    }
  }

  private void title(IncidentId incident, String text) {
    try {
      ActiveModel active = settings.active();
      if (!active.configured()) {
        LOG.debug("Incident {} keeps its fallback title: {}", incident, active.notConfiguredError());
        return;
      }
      call(incident, active, text).ifPresent(response -> land(incident, response));
    } catch (RuntimeException e) {
      // Messages of the model clients and settings never hold keys (ADR 0007).
      LOG.warn("Model title of incident {} failed, keeping the fallback title: {}", incident, e.toString());
    }
  }

  private Optional<ChatResponse> call(IncidentId incident, ActiveModel active, String text) {
    CancellationSignal signal = new CancellationSignal();
    inFlight.add(signal);
    try {
      if (closed) {
        return Optional.empty();
      }
      return Optional.of(models.create(active.endpoint(), limits).complete(TitlePrompt.of(text), signal));
    } catch (CancellationException e) {
      LOG.debug("Model title of incident {} abandoned at shutdown", incident);
      return Optional.empty();
    } catch (ModelCallException e) {
      LOG.warn("Model title of incident {} failed, keeping the fallback title: {}", incident, e.getMessage());
      return Optional.empty();
    } finally {
      inFlight.remove(signal);
    }
  }

  private void land(IncidentId incident, ChatResponse response) {
    long tokens = response.usage().total();
    Optional<String> title = usable(response) ? IncidentTitle.fromModel(response.text()) : Optional.empty();
    Instant now = clock.instant();
    if (title.isPresent()) {
      incidents.updateTitle(incident, title.get(), tokens, now);
      LOG.info("Incident {} got its model title ({} tokens)", incident, tokens);
      return;
    }
    LOG.warn(
        "Model title of incident {} unusable (stop reason {}, {} characters), keeping the fallback title",
        incident, response.stopReason(), response.text().length());
    if (tokens > 0) {
      incidents.addUsage(incident, 0, tokens, now);
    }
  }

  /** A finished text answer: not cut by the token cap or a filter, no tool calls. */
  private static boolean usable(ChatResponse response) {
    StopReason stop = response.stopReason();
    return !response.wantsTools() && (stop == StopReason.END_TURN || stop == StopReason.OTHER);
  }

  /** Stops taking requests, cancels the calls in flight and drops the waiting ones. */
  @Override
  public void close() {
    closed = true;
    if (executor instanceof ExecutorService) {
      ExecutorService pool = (ExecutorService) executor;
      pool.shutdownNow();
      inFlight.forEach(CancellationSignal::cancel);
      try {
        if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
          LOG.warn("Model titles still running at shutdown were abandoned");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    } else {
      inFlight.forEach(CancellationSignal::cancel);
    }
  }

  private static ExecutorService pool(Settings config) {
    AtomicInteger counter = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            config.threads(),
            config.threads(),
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(config.queue()),
            runnable -> {
              Thread thread = new Thread(runnable, "akmatori-titles-" + counter.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
