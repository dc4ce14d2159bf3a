package dev.akmatori.application.alertsource;

import dev.akmatori.application.settings.PublicBaseUrl;
import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.alertsource.AlertSourceChanges;
import dev.akmatori.domain.alertsource.AlertSourceDraft;
import dev.akmatori.domain.alertsource.AlertSourceId;
import dev.akmatori.domain.alertsource.AlertSourceType;
import dev.akmatori.domain.alertsource.BuiltinAlertSourceTypes;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** Alert source CRUD, the webhook lookup and the seeding of the five built-in types. */
public final class AlertSourceService implements ManageAlertSources, AlertSourceLookup {
  private final AlertSourceTypeRepository types;
  private final AlertSourceRepository sources;
  private final PublicBaseUrl baseUrl;
  private final Supplier<UUID> uuids;
  private final Clock clock;
  private final WebhookSourceCache webhookSources;

  public AlertSourceService(
      AlertSourceTypeRepository types,
      AlertSourceRepository sources,
      PublicBaseUrl baseUrl,
      Supplier<UUID> uuids,
      Clock clock) {
    this(types, sources, baseUrl, uuids, clock, System::nanoTime);
  }

  /** As above; {@code nanoTime} ages the webhook lookup's cache entries (tests move it by hand). */
  public AlertSourceService(
      AlertSourceTypeRepository types,
      AlertSourceRepository sources,
      PublicBaseUrl baseUrl,
      Supplier<UUID> uuids,
      Clock clock,
      LongSupplier nanoTime) {
    this.types = types;
    this.sources = sources;
    this.baseUrl = baseUrl;
    this.uuids = uuids;
    this.clock = clock;
    this.webhookSources = new WebhookSourceCache(nanoTime);
  }

  /** Startup: creates or refreshes the built-in types (contract §7). */
  public void seedTypes() {
    types.seed(BuiltinAlertSourceTypes.all(), clock.instant());
  }

  @Override
  public List<AlertSourceType> types() {
    return types.list();
  }

  @Override
  public Page<AlertSourceView> list(PageRequest page) {
    String base = baseUrl.current();
    return sources.list(page).map(s -> view(s, base));
  }

  @Override
  public AlertSourceView get(AlertSourceId uuid) {
    return view(sources.find(uuid).orElseThrow(AlertSourceService::notFound), baseUrl.current());
  }

  @Override
  public AlertSourceView create(AlertSourceDraft draft) {
    AlertSource created =
        sources.create(new AlertSourceId(uuids.get()), type(draft.sourceTypeName()), draft.config(), clock.instant());
    return view(created, baseUrl.current());
  }

  @Override
  public AlertSourceView update(AlertSourceId uuid, AlertSourceChanges changes) {
    try {
      AlertSource updated =
          sources.update(uuid, config -> config.with(changes), clock.instant()).orElseThrow(AlertSourceService::notFound);
      return view(updated, baseUrl.current());
    } finally {
      webhookSources.evict(uuid);
    }
  }

  @Override
  public void delete(AlertSourceId uuid) {
    boolean deleted = sources.delete(uuid);
    webhookSources.evict(uuid);
    if (!deleted) {
      throw notFound();
    }
  }

  /** Cached for up to a second, evicted by this service's own updates and deletes (ADR 0025). */
  @Override
  public Optional<AlertSource> findForWebhook(String uuid) {
    return AlertSourceId.parse(uuid).flatMap(id -> webhookSources.get(id, sources::find));
  }

  @Override
  public Optional<AlertSource> findFreshForWebhook(String uuid) {
    return AlertSourceId.parse(uuid).flatMap(id -> webhookSources.reload(id, sources::find));
  }

  /** The stored type of a built-in name; seeds first if this store has never been seeded. */
  private AlertSourceType type(String name) {
    return types.findByName(name).orElseGet(() -> {
      seedTypes();
      return types.findByName(name).orElseThrow(() -> new IllegalStateException("type not seeded: " + name));
    });
  }

  private static AlertSourceView view(AlertSource source, String base) {
    return new AlertSourceView(source, source.webhookUrl(base));
  }

  private static NotFoundException notFound() {
    return new NotFoundException(NOT_FOUND);
  }
}
