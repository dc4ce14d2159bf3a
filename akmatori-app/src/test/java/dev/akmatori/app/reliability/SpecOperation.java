package dev.akmatori.app.reliability;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code METHOD /api/path} of the spec.
 *
 * @param path the full template, e.g. {@code /api/runbooks/{id}}
 * @param isPublic the spec marks it {@code security: []}
 * @param takesQueryToken one of its security schemes is a query parameter ({@code ?token=})
 * @param parameters its query and header parameters
 * @param documentedStatuses the response statuses the spec lists for it
 */
record SpecOperation(
    String method,
    String path,
    boolean isPublic,
    boolean takesQueryToken,
    List<PathParam> pathParams,
    List<Parameter> parameters,
    Optional<Body> body,
    Set<Integer> documentedStatuses) {

  /** {@code PUT /api/runbooks/{id}}, the name every dynamic test starts with. */
  String key() {
    return method + " " + path;
  }

  /** The path with each parameter replaced by {@code values.get(name)} (already URL-encoded). */
  String expand(Map<String, String> values) {
    String expanded = path;
    for (PathParam p : pathParams) {
      expanded = expanded.replace("{" + p.name() + "}", values.get(p.name()));
    }
    return expanded;
  }

  boolean documents(int status) {
    return documentedStatuses.contains(status);
  }

  boolean hasJsonBody() {
    return body.isPresent() && body.get().isJson();
  }

  /** A {@code {name}} of the path and its declared schema. */
  record PathParam(String name, Schema<?> schema) {
    boolean isInteger() {
      return schema != null && schema.getTypes() != null && schema.getTypes().contains("integer");
    }
  }

  /** The first media type of the request body and its (inlined) schema. */
  record Body(String mediaType, Schema<?> schema) {
    boolean isJson() {
      return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    boolean isMultipart() {
      return mediaType.startsWith("multipart/");
    }

    /** A typed body lists its properties; a free-form one (a webhook payload) does not. */
    boolean isTyped() {
      return schema != null && schema.getProperties() != null && !schema.getProperties().isEmpty();
    }
  }
}
