package dev.akmatori.application.investigation.testing;

import dev.akmatori.application.investigation.RunRecorder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link RunRecorder} that keeps everything in memory, in order, for assertions. Thread-safe. */
public final class RecordingRunRecorder implements RunRecorder {
  /** One recorded event: {@code log}, {@code tool_call} or {@code model_call}, with its data. */
  public record Entry(String kind, Object data) {}

  private final List<Entry> entries = new ArrayList<>();
  private volatile Runnable afterToolCall = () -> { };

  /** Runs {@code action} after each recorded {@code tool_call}: a hook between a call and the next step. */
  public RecordingRunRecorder afterToolCall(Runnable action) {
    this.afterToolCall = action;
    return this;
  }

  @Override
  public synchronized void log(String text) {
    entries.add(new Entry("log", text));
  }

  @Override
  public void toolCall(Map<String, Object> data) {
    synchronized (this) {
      entries.add(new Entry("tool_call", new LinkedHashMap<>(data)));
    }
    afterToolCall.run();
  }

  @Override
  public synchronized void modelCall(long totalTokens) {
    entries.add(new Entry("model_call", totalTokens));
  }

  public synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  public synchronized List<String> logs() {
    return entries.stream().filter(e -> e.kind().equals("log")).map(e -> (String) e.data()).toList();
  }

  @SuppressWarnings("unchecked")
  public synchronized List<Map<String, Object>> toolCalls() {
    return entries.stream()
        .filter(e -> e.kind().equals("tool_call"))
        .map(e -> (Map<String, Object>) e.data())
        .toList();
  }

  public synchronized List<Long> modelCalls() {
    return entries.stream().filter(e -> e.kind().equals("model_call")).map(e -> (Long) e.data()).toList();
  }

  /** The kinds in order, e.g. {@code [model_call, log, tool_call, model_call]}. */
  public synchronized List<String> kinds() {
    return entries.stream().map(Entry::kind).toList();
  }
}
