package dev.akmatori.adapter.http.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.shared.Violations;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A strict view of one JSON object body. Getters never coerce ({@code "5"} is no integer, {@code 1}
 * no boolean) and never throw: they record the field's problem and return null, so {@link #finish}
 * or {@link #validate} can answer with every failing field at once (contract §1.3–1.4). JSON
 * {@code null} means "not provided". Unknown fields and strings no database keeps (a NUL character,
 * an unpaired surrogate; ADR 0023) are recorded as soon as the body is read. Not thread-safe; one
 * per request.
 */
public final class JsonBody {
  private final ObjectNode node;
  private final Violations violations = new Violations();

  JsonBody(ObjectNode node, Set<String> accepted) {
    this.node = node;
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!accepted.contains(name)) {
        violations.add(name, "unknown field");
      }
    }
    StorableStrings.check(node, "", violations);
  }

  /** The string, or null when absent, null or not a string. */
  public String optionalString(String field) {
    JsonNode value = value(field);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      violations.add(field, "must be a string");
      return null;
    }
    return value.textValue();
  }

  /** Like {@link #optionalString}, recording {@code is required} when absent or null. */
  public String requiredString(String field) {
    if (value(field) == null) {
      violations.add(field, "is required");
    }
    return optionalString(field);
  }

  /** Like {@link #requiredString}, with the empty string also counted as missing. */
  public String requiredNonEmptyString(String field) {
    String value = requiredString(field);
    if (value != null && value.isEmpty()) {
      violations.add(field, "is required");
      return null;
    }
    return value;
  }

  /** The boolean, or null when absent, null or not a JSON boolean. */
  public Boolean optionalBoolean(String field) {
    JsonNode value = value(field);
    if (value == null) {
      return null;
    }
    if (!value.isBoolean()) {
      violations.add(field, "must be a boolean");
      return null;
    }
    return value.booleanValue();
  }

  /** The integer (a whole float such as {@code 5.0} counts), or null when absent or not one. */
  public Long optionalInteger(String field) {
    JsonNode value = value(field);
    if (value == null) {
      return null;
    }
    Long integer = integerOf(value);
    if (integer == null) {
      violations.add(field, "must be an integer");
    }
    return integer;
  }

  private static Long integerOf(JsonNode value) {
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return value.longValue();
    }
    double d = value.isFloatingPointNumber() ? value.doubleValue() : Double.NaN;
    return d == Math.rint(d) && Math.abs(d) < 0x1p63 ? (long) d : null;
  }

  /**
   * The array of integers (whole floats such as {@code 5.0} count), or null when absent, null or
   * not an array of integers ({@code must be an array of integers}).
   */
  public List<Long> optionalIntegers(String field) {
    JsonNode value = value(field);
    if (value == null) {
      return null;
    }
    List<Long> integers = new ArrayList<>();
    if (value.isArray()) {
      for (JsonNode item : value) {
        integers.add(integerOf(item));
      }
    }
    if (!value.isArray() || integers.contains(null)) {
      violations.add(field, "must be an array of integers");
      return null;
    }
    return integers;
  }

  /**
   * The JSON object as plain values (see {@link PlainJson}), or null when absent, null or not an
   * object. Null values inside it are kept.
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> optionalObject(String field) {
    JsonNode value = value(field);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      violations.add(field, "must be an object");
      return null;
    }
    return (Map<String, Object>) PlainJson.value(value, field, violations);
  }

  /**
   * The raw value of {@code field}, or null when absent or JSON null, for shapes the typed getters
   * do not cover; record its problems with {@link #reject}.
   */
  public JsonNode optionalNode(String field) {
    return value(field);
  }

  /**
   * A nested value (e.g. a Param's {@code default}) as plain JSON-like data (see {@link PlainJson});
   * a problem inside it is recorded at {@code path}. JSON null gives null.
   */
  public Object plainValue(JsonNode value, String path) {
    return PlainJson.value(value, path, violations);
  }

  /** True when {@code field} is present with the value {@code null} (where null means "clear"). */
  public boolean isExplicitNull(String field) {
    JsonNode value = node.get(field);
    return value != null && value.isNull();
  }

  /** Records a problem of {@code field} (a field path); the first message for a field wins. */
  public void reject(String field, String message) {
    violations.add(field, message);
  }

  /**
   * The problems recorded so far (field path → message), for a use case that reports them together
   * with the rule violations it can only find later, e.g. on a merged record.
   */
  public Map<String, String> problems() {
    return violations.asMap();
  }

  /** Throws a {@link ValidationException} listing every field problem found so far. */
  public void finish() {
    violations.throwIfAny();
  }

  /**
   * Builds a value object with a pure, validating {@code constructor} and answers its field errors
   * together with the body's own (the body's message wins for a field both report). The
   * constructor runs even when the body already failed, so it must have no side effects.
   */
  public <T> T validate(Supplier<T> constructor) {
    T value;
    try {
      value = constructor.get();
    } catch (ValidationException e) {
      violations.addAll(e);
      value = null;
    }
    violations.throwIfAny();
    return value;
  }

  private JsonNode value(String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value;
  }
}
