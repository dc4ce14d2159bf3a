package dev.akmatori.application.investigation;

import dev.akmatori.domain.incident.IncidentId;

/**
 * Learns about each new incident right after it is stored, with its source text — the API task or
 * the alert message — so that a model title can be asked for later (contract §5.2).
 */
@FunctionalInterface
public interface IncidentTitles {
  /** Keeps every fallback title (the default, {@code AKMATORI_LLM_TITLES=false}). */
  IncidentTitles NONE = (incident, sourceText) -> { };

  /**
   * Called on the creating thread once the incident is committed. Returns at once — any model call
   * happens later on another thread — and never throws.
   */
  void created(IncidentId incident, String sourceText);
}
