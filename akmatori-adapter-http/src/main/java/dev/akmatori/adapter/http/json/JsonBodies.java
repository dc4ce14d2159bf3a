package dev.akmatori.adapter.http.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akmatori.adapter.http.error.HttpProblem;
import dev.akmatori.domain.shared.BadRequestException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads JSON request bodies by the rules of contract §1.3–1.6, in their order: media type (415),
 * size while reading, for chunked bodies too (413), then empty, malformed and non-object bodies
 * (400). Thread-safe.
 */
public final class JsonBodies {
  /** Any JSON request body: 1 MiB. */
  public static final long MAX_BYTES = 1_048_576;

  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; ");

  private final ObjectMapper mapper;
  private final Map<Long, ObjectMapper> largeBodyMappers = new ConcurrentHashMap<>();

  public JsonBodies(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The body as an object accepting only {@code fields}; others are reported as unknown. */
  public JsonBody read(Context ctx, String... fields) {
    return read(ctx, MAX_BYTES, null, fields);
  }

  /**
   * {@link #read(Context, String...)} for a route with a larger body limit (declared on the route
   * too, for the early {@code Content-Length} check) and, when not null, its own 413 message.
   */
  public JsonBody read(Context ctx, long maxBytes, String tooLargeMessage, String... fields) {
    requireJson(ctx.header("Content-Type"));
    byte[] bytes = readLimited(ctx, maxBytes, tooLargeMessage);
    ObjectMapper reader = maxBytes <= MAX_BYTES
        ? mapper
        : largeBodyMappers.computeIfAbsent(maxBytes, Json::newMapper);
    JsonNode node = parse(reader, bytes);
    if (!node.isObject()) {
      throw new BadRequestException("Request body must be a JSON object");
    }
    return new JsonBody((ObjectNode) node, Set.of(fields));
  }

  /** {@code Malformed JSON: <parser message> at line L, column C}, without source excerpts. */
  public static String malformedMessage(JsonProcessingException e) {
    String message = SOURCE.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("[");
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return "Malformed JSON: " + message + where;
  }

  /** No {@code Content-Type} counts as JSON; {@code application/json} and {@code +json} pass. */
  private static void requireJson(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return;
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    boolean json =
        type.equals("application/json")
            || (type.startsWith("application/") && type.endsWith("+json"));
    if (!json) {
      throw HttpProblem.unsupportedMediaType();
    }
  }

  private static byte[] readLimited(Context ctx, long maxBytes, String tooLargeMessage) {
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes((int) maxBytes + 1);
      if (bytes.length > maxBytes) {
        BodyLimit.drain(ctx);
        throw tooLargeMessage == null
            ? HttpProblem.payloadTooLarge(maxBytes)
            : HttpProblem.payloadTooLarge(tooLargeMessage);
      }
      return bytes;
    } catch (IOException aborted) {
      // The client went away or sent a broken body; nobody may be listening for this answer.
      throw new BadRequestException("Request body could not be read");
    }
  }

  private static JsonNode parse(ObjectMapper reader, byte[] bytes) {
    try {
      JsonNode node = bytes.length == 0 ? null : reader.readTree(bytes);
      if (node == null || node.isMissingNode()) {
        throw new BadRequestException("Request body is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new BadRequestException(malformedMessage(e));
    } catch (IOException e) {
      throw new BadRequestException("Request body could not be read");
    }
  }
}
