package dev.akmatori.application.investigation.agent;

import dev.akmatori.application.investigation.IncidentWorkspace;
import dev.akmatori.application.investigation.SecretRedactor;
import dev.akmatori.application.model.ChatMessage;
import dev.akmatori.application.model.ChatRequest;
import dev.akmatori.application.model.ChatResponse;
import dev.akmatori.application.model.FunctionSpec;
import dev.akmatori.application.model.ToolCall;
import dev.akmatori.domain.incident.IncidentId;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes {@code transcript.jsonl} (contract §5.3): one line per model request, response and failed
 * call, with known secrets removed. A request line carries the system prompt once per run and only
 * the messages added since the previous request, so the file grows linearly. Provider reasoning
 * blocks are opaque and left out. A failing write is logged and never stops the run.
 */
final class Transcript implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Transcript.class);

  private final IncidentWorkspace.TranscriptAppender file;
  private final IncidentId incident;
  private final SecretRedactor redactor;
  private final Clock clock;
  private int messagesWritten;

  /** Opens the run's transcript; {@link #close} releases it at the end of the run. */
  Transcript(IncidentWorkspace workspace, IncidentId incident, SecretRedactor redactor, Clock clock) {
    this.file = workspace.openTranscript(incident);
    this.incident = incident;
    this.redactor = redactor;
    this.clock = clock;
  }

  void request(int step, ChatRequest request) {
    Map<String, Object> entry = entry("request", step);
    if (messagesWritten == 0) {
      entry.put("system", request.systemPrompt());
    }
    List<ChatMessage> added = request.messages().subList(messagesWritten, request.messages().size());
    entry.put("messages", added.stream().map(Transcript::message).collect(Collectors.toList()));
    entry.put("functions", request.functions().stream().map(FunctionSpec::name).collect(Collectors.toList()));
    messagesWritten = request.messages().size();
    append(entry);
  }

  void response(int step, ChatResponse response) {
    Map<String, Object> entry = entry("response", step);
    entry.put("text", response.text());
    entry.put("reasoning", response.reasoningSummary());
    entry.put("tool_calls", response.toolCalls().stream().map(Transcript::call).collect(Collectors.toList()));
    entry.put("stop_reason", response.stopReason().name().toLowerCase(Locale.ROOT));
    entry.put("usage", Map.of(
        "input_tokens", response.usage().inputTokens(), "output_tokens", response.usage().outputTokens()));
    append(entry);
  }

  void failure(int step, String error) {
    Map<String, Object> entry = entry("error", step);
    entry.put("error", error);
    append(entry);
  }

  private Map<String, Object> entry(String type, int step) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("type", type);
    entry.put("at", clock.instant().toString());
    entry.put("step", step);
    return entry;
  }

  private static Map<String, Object> message(ChatMessage message) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("role", message.role().name().toLowerCase(Locale.ROOT));
    out.put("text", message.text());
    if (!message.toolCalls().isEmpty()) {
      out.put("tool_calls", message.toolCalls().stream().map(Transcript::call).collect(Collectors.toList()));
    }
    if (message.toolCallId() != null) {
      out.put("tool_call_id", message.toolCallId());
      out.put("tool_name", message.toolName());
    }
    return out;
  }

  private static Map<String, Object> call(ToolCall call) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", call.id());
    out.put("name", call.name());
    out.put("arguments", call.arguments());
    if (!call.hasValidArguments()) {
      out.put("arguments_error", call.argumentsError());
    }
    return out;
  }

  private void append(Map<String, Object> entry) {
    try {
      file.append(redactor.redactMap(entry));
    } catch (RuntimeException e) {
      LOG.warn("Could not append to the transcript of incident {}: {}", incident, e.toString());
    }
  }

  @Override
  public void close() {
    file.close();
  }
}
