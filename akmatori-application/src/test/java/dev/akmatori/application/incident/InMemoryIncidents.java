package dev.akmatori.application.incident;

/** The three incident fakes over one shared set of rows, as one database would hold them. */
public final class InMemoryIncidents {
  public final InMemoryIncidentRepository repository = new InMemoryIncidentRepository();
  public final InMemoryIncidentEventLog events = new InMemoryIncidentEventLog(repository);
  public final InMemoryInvestigationQueue queue = new InMemoryInvestigationQueue(repository);
}
