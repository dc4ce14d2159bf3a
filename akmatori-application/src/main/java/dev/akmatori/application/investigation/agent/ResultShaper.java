package dev.akmatori.application.investigation.agent;

import dev.akmatori.application.investigation.IncidentWorkspace;
import dev.akmatori.application.investigation.SecretRedactor;
import dev.akmatori.application.investigation.WorkspaceException;
import dev.akmatori.application.json.JsonCodec;
import dev.akmatori.domain.incident.IncidentId;
import java.time.Clock;
import java.util.Map;

/**
 * Turns a function's value into what the model and the event get (contract §5.4, §5.7): strings as
 * plain text, anything else as JSON text; a result whose JSON text is longer than the threshold is
 * saved to {@code tool_outputs/} and the model gets a preview plus {@code [Full output saved to:
 * tool_outputs/<file>]}. Known secrets are removed first.
 */
final class ResultShaper {
  private final IncidentWorkspace workspace;
  private final IncidentId incident;
  private final JsonCodec json;
  private final SecretRedactor redactor;
  private final Clock clock;
  private final AgentLimits limits;

  ResultShaper(
      IncidentWorkspace workspace, IncidentId incident, JsonCodec json, SecretRedactor redactor,
      Clock clock, AgentLimits limits) {
    this.workspace = workspace;
    this.incident = incident;
    this.json = json;
    this.redactor = redactor;
    this.clock = clock;
    this.limits = limits;
  }

  ShapedResult success(String toolName, Object value) {
    Object clean = redactor.redactValue(value);
    String jsonText = json.write(clean);
    String text = clean instanceof String ? (String) clean : jsonText;
    String modelText = text;
    if (jsonText.length() > limits.spillThreshold()) {
      modelText = cut(text, limits.spillPreview()) + "\n" + spill(toolName, jsonText);
    }
    return new ShapedResult(modelText, cut(text, limits.eventOutputMax()),
        text.length() > limits.eventOutputMax(), null);
  }

  /** The {@code {"error": "<message>"}} result; the event output stays empty. */
  ShapedResult failure(String message) {
    String clean = redactor.redact(message);
    return new ShapedResult(json.write(Map.of("error", clean)), "", false, clean);
  }

  private String spill(String toolName, String jsonText) {
    try {
      String path = workspace.spillToolOutput(incident, fileSafe(toolName), jsonText, clock.instant());
      return "[Full output saved to: " + path + "]";
    } catch (WorkspaceException e) {
      return "[Output truncated; the full output could not be saved: " + e.getMessage() + "]";
    }
  }

  /** At most {@code max} characters, never ending inside a surrogate pair. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    if (max <= 0) {
      return "";
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }

  private static String fileSafe(String name) {
    return name.replaceAll("[^A-Za-z0-9_.-]", "_");
  }
}
