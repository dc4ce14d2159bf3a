package dev.akmatori.examples.embedding;

import dev.akmatori.application.investigation.RunRecorder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Keeps what the loop reports — log lines, {@code tool_call} events, model calls — in memory. */
final class CollectingRecorder implements RunRecorder {
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final List<Map<String, Object>> toolCalls = new CopyOnWriteArrayList<>();
  private final AtomicLong modelCalls = new AtomicLong();

  @Override
  public void log(String text) {
    log.add(text);
  }

  @Override
  public void toolCall(Map<String, Object> data) {
    toolCalls.add(data);
  }

  @Override
  public void modelCall(long totalTokens) {
    modelCalls.incrementAndGet();
  }

  List<String> log() {
    return List.copyOf(log);
  }

  List<Map<String, Object>> toolCalls() {
    return List.copyOf(toolCalls);
  }
}
