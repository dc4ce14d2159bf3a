package dev.akmatori.app.reliability;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;

/**
 * Builds the requests of the suite: an operation of the spec with its path parameters filled in,
 * the route's own headers, and either the admin's valid credentials or none.
 */
final class Shots {
  private final Probe probe;
  private final String token;
  private final Seeded seeded;

  Shots(Probe probe, String token, Seeded seeded) {
    this.probe = probe;
    this.token = token;
    this.seeded = seeded;
  }

  Seeded seeded() {
    return seeded;
  }

  /** {@code op} on seeded resources, without credentials and without a body. */
  HttpRequest.Builder anonymous(SpecOperation op) {
    return anonymous(op, op.expand(seeded.values(op)), BodyPublishers.noBody());
  }

  /** {@code op} at {@code pathAndQuery}, without credentials. */
  HttpRequest.Builder anonymous(SpecOperation op, String pathAndQuery, BodyPublisher body) {
    HttpRequest.Builder request = probe.request(op.method(), pathAndQuery, body);
    Seeded.routeHeaders(op).forEach(request::header);
    return request;
  }

  /** {@code op} on seeded resources with {@code body}, as the admin (for a public route: as anyone). */
  HttpRequest.Builder authenticated(SpecOperation op, BodyPublisher body) {
    return authenticated(op, op.expand(seeded.values(op)), body);
  }

  HttpRequest.Builder authenticated(SpecOperation op, String pathAndQuery, BodyPublisher body) {
    HttpRequest.Builder request = anonymous(op, pathAndQuery, body);
    return op.isPublic() ? request : request.header("Authorization", "Bearer " + token);
  }

  Answer send(HttpRequest.Builder request) {
    return probe.send(request);
  }
}
