package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local OpenAI-compatible {@code /v1/chat/completions} server for the system tests: the hosted
 * model is the one edge nothing real can stand in for here. Each request body is recorded, then
 * answered by the test's {@link Script} with a {@code chat.completion} body (see {@link #toolCall}
 * and {@link #answer}). Every exchange gets its own thread, so a script may hold one answer (a
 * title) without holding the others. Loopback only; closing stops it.
 */
final class FakeOpenAi implements AutoCloseable {
  /** The answer to one request; it may block. */
  @FunctionalInterface
  interface Script {
    String answer(String requestBody) throws Exception;
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final Script script;

  private FakeOpenAi(Script script) throws IOException {
    this.script = script;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/chat/completions", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  static FakeOpenAi start(Script script) throws IOException {
    return new FakeOpenAi(script);
  }

  /** Every request body received so far, in arrival order. */
  List<String> requests() {
    return requests;
  }

  /** The {@code base_url} of the {@code custom} provider. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /** Makes this server the application's model ({@code PUT /api/settings/llm}, provider {@code custom}). */
  void configure(Application app, String token, String model) throws Exception {
    int status = SystemTest.send(app, "PUT", "/api/settings/llm", token,
        "{\"provider\":\"custom\",\"base_url\":\"" + baseUrl() + "\",\"model\":\"" + model + "\"}").statusCode();
    assertThat(status).isEqualTo(200);
  }

  /** A completion asking for one function call; {@code argumentsJson} is the arguments object as JSON text. */
  static String toolCall(String function, String argumentsJson, int promptTokens, int completionTokens) {
    return completion("tool_calls",
        "\"content\":null,\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\""
            + function + "\",\"arguments\":" + jsonString(argumentsJson) + "}}]",
        promptTokens, completionTokens);
  }

  /** A completion that ends the conversation with {@code content}. */
  static String answer(String content, int promptTokens, int completionTokens) {
    return completion("stop", "\"content\":" + jsonString(content), promptTokens, completionTokens);
  }

  private static String completion(String finishReason, String message, int promptTokens, int completionTokens) {
    return "{\"id\":\"chatcmpl-fake\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"fake-model\","
        + "\"choices\":[{\"index\":0,\"finish_reason\":\"" + finishReason + "\",\"message\":{\"role\":\"assistant\","
        + message + "}}],\"usage\":{\"prompt_tokens\":" + promptTokens + ",\"completion_tokens\":" + completionTokens
        + ",\"total_tokens\":" + (promptTokens + completionTokens) + "}}";
  }

  /** {@code text} as a JSON string literal. */
  static String jsonString(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(request);
    String body;
    int status = 200;
    try {
      body = script.answer(request);
    } catch (Exception e) {
      status = 500;
      body = "{\"error\":{\"message\":" + jsonString("fake model script failed: " + e) + ",\"type\":\"server_error\"}}";
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
