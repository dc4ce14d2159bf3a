package dev.akmatori.adapter.http.multipart;

import dev.akmatori.adapter.http.error.HttpProblem;
import dev.akmatori.adapter.http.json.BodyLimit;
import dev.akmatori.application.context.FormPart;
import dev.akmatori.application.context.UploadForm;
import dev.akmatori.domain.shared.BadRequestException;
import dev.akmatori.domain.shared.TooLargeException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code multipart/form-data} request body read part by part as it arrives. Jetty's RFC 7578
 * parser does the parsing; this class feeds it only as much of the request as the caller reads, so
 * a 10 MiB file part flows straight to its destination instead of being held in memory or in a
 * temporary file of the server's. Every body byte counts against the request's limit, whatever its
 * {@code Content-Length} said (chunked bodies have none). Not thread-safe; one per request.
 */
public final class MultipartReader implements UploadForm {
  static final String PARSE_FAILURE = "Failed to parse multipart form";
  private static final Logger LOG = LoggerFactory.getLogger(MultipartReader.class);
  private static final int CHUNK = 16 * 1024;
  private static final int MAX_PARTS = 64;
  private static final int MAX_PART_HEADER_BYTES = 16 * 1024;

  private final InputStream body;
  private final long maxBytes;
  private final PartEvents events = new PartEvents();
  private final MultiPart.Parser parser;
  private final byte[] buffer = new byte[CHUNK];
  private long received;
  private boolean complete;
  private PartContent current;

  MultipartReader(InputStream body, String boundary, long maxBytes) {
    this.body = body;
    this.maxBytes = maxBytes;
    this.parser = new MultiPart.Parser(boundary, events);
    parser.setMaxParts(MAX_PARTS);
    parser.setPartHeadersMaxLength(MAX_PART_HEADER_BYTES);
  }

  /**
   * The form of {@code ctx}'s request, whose body may be up to {@code maxBytes}. A rejected body is
   * read and discarded first (up to a bound), so clients still sending it get the answer.
   *
   * @throws HttpProblem 415 when the request is not {@code multipart/form-data}
   * @throws BadRequestException when it has no boundary
   */
  public static MultipartReader of(Context ctx, long maxBytes) {
    InputStream body;
    try {
      body = ctx.req().getInputStream();
    } catch (IOException e) {
      throw parseFailure(e);
    }
    String contentType = ctx.header("Content-Type");
    if (contentType == null || !isFormData(contentType)) {
      BodyLimit.drain(body);
      throw HttpProblem.unsupportedMediaType("multipart/form-data");
    }
    String boundary = MultiPart.extractBoundary(contentType);
    if (boundary == null || boundary.isEmpty()) {
      BodyLimit.drain(body);
      throw parseFailure(null);
    }
    return new MultipartReader(body, boundary, maxBytes);
  }

  private static boolean isFormData(String contentType) {
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return type.equals("multipart/form-data");
  }

  @Override
  public Optional<FormPart> next() {
    if (current != null) {
      current.skipRest();
      current = null;
    }
    while (!complete) {
      Object event = nextEvent();
      if (event == PartEvents.COMPLETE) {
        complete = true;
      } else if (event instanceof PartEvents.Head) {
        PartEvents.Head head = (PartEvents.Head) event;
        current = new PartContent(this);
        return Optional.of(new FormPart(head.name(), head.filename(), head.contentType(), current));
      }
    }
    return Optional.empty();
  }

  /** The next parser event, reading more of the body while none is waiting. */
  Object nextEvent() {
    Object event = events.poll();
    while (event == null) {
      feed();
      event = events.poll();
    }
    if (event instanceof Throwable) {
      // What follows a broken part is unreadable anyway; reading it lets the client get the 400.
      BodyLimit.drain(body);
      throw parseFailure((Throwable) event);
    }
    return event;
  }

  private void feed() {
    int n;
    try {
      n = body.read(buffer);
    } catch (IOException e) {
      throw parseFailure(e);
    }
    if (n < 0) {
      parser.parse(Content.Chunk.EOF);
      return;
    }
    received += n;
    if (received > maxBytes) {
      BodyLimit.drain(body);
      throw new TooLargeException(
          "Request body exceeds maximum size of " + maxBytes + " bytes", maxBytes);
    }
    parser.parse(Content.Chunk.from(ByteBuffer.wrap(buffer, 0, n), false));
  }

  private static BadRequestException parseFailure(Throwable cause) {
    if (cause != null) {
      LOG.debug("Multipart body rejected: {}", cause.toString());
    }
    return new BadRequestException(PARSE_FAILURE);
  }
}
