package dev.akmatori.adapter.http.routing;

/** A registered route: an HTTP method and a path template such as {@code /api/runbooks/{id}}. */
public record Route(String method, String template) {}
