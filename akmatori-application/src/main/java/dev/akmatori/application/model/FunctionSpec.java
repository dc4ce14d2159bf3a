package dev.akmatori.application.model;

import java.util.Map;
import java.util.Objects;

/** A function offered to the model: name, description and a JSON Schema object of its arguments. */
public record FunctionSpec(String name, String description, Map<String, Object> parameters) {
  public FunctionSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    parameters = Map.copyOf(parameters);
  }
}
