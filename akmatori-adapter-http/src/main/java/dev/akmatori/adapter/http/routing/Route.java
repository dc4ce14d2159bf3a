package dev.akmatori.adapter.http.routing;

/** One registered route: an HTTP method and a Javalin path template such as {@code /api/runbooks/{id}}. */
public record Route(String method, String template) {}
