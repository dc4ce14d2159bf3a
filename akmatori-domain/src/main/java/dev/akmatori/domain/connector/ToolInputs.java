package dev.akmatori.domain.connector;

import dev.akmatori.domain.connector.HttpConnectorInput.ParamInput;
import dev.akmatori.domain.connector.HttpConnectorInput.ToolInput;
import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.shared.Violations;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the ToolDefs of a request into {@link ToolDefinition}s, recording every failure at its path
 * ({@code tools[1].params[0].in}); the result is only used when nothing failed.
 */
final class ToolInputs {
  private ToolInputs() {}

  static List<ToolDefinition> parse(List<ToolInput> tools, Violations v) {
    List<ToolDefinition> defs = new ArrayList<>();
    boolean failed = false;
    for (int i = 0; i < tools.size(); i++) {
      ToolDefinition def = tool(tools.get(i), "tools[" + i + "].", v);
      failed |= def == null;
      defs.add(def);
    }
    return failed ? null : defs;
  }

  private static ToolDefinition tool(ToolInput in, String prefix, Violations v) {
    if (in == null) {
      v.add(prefix.substring(0, prefix.length() - 1), "must be an object");
      return null;
    }
    List<ParamInput> raw = in.params() == null ? List.of() : in.params();
    List<ConnectorParam> params = new ArrayList<>();
    boolean failed = false;
    for (int j = 0; j < raw.size(); j++) {
      ConnectorParam param = param(raw.get(j), prefix + "params[" + j + "].", v);
      failed |= param == null;
      params.add(param);
    }
    HttpMethod method = in.httpMethod() == null ? null : HttpMethod.fromWireName(in.httpMethod()).orElse(null);
    boolean readOnly = in.readOnly() == null || in.readOnly();
    List<String> names = raw.stream().map(p -> p == null ? null : p.name()).toList();
    Violations own = new Violations();
    ToolDefinition.collect(in.name(), method, in.path(), readOnly, names, own, prefix);
    if (moveInto(own, v) || failed) {
      return null;
    }
    return new ToolDefinition(in.name(), in.description(), method, in.path(), params, readOnly);
  }

  private static ConnectorParam param(ParamInput in, String prefix, Violations v) {
    if (in == null) {
      v.add(prefix.substring(0, prefix.length() - 1), "must be an object");
      return null;
    }
    ParamType type = in.type() == null ? ParamType.STRING : ParamType.fromWireName(in.type()).orElse(null);
    ParamLocation location = in.in() == null ? null : ParamLocation.fromWireName(in.in()).orElse(null);
    Violations own = new Violations();
    ConnectorParam.collect(in.name(), type, location, own, prefix);
    if (moveInto(own, v)) {
      return null;
    }
    return new ConnectorParam(in.name(), type, Boolean.TRUE.equals(in.required()), location, in.defaultValue());
  }

  /** Copies the failures of {@code own} into {@code v} in order; true when there were any. */
  static boolean moveInto(Violations own, Violations v) {
    try {
      own.throwIfAny();
      return false;
    } catch (ValidationException e) {
      v.addAll(e);
      return true;
    }
  }
}
