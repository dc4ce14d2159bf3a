package dev.akmatori.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The server's logging, found by logback through {@code META-INF/services} in place of a {@code
 * logback.xml}: reading XML took about half of logback's start, a tenth of a second of CPU at every
 * cold start (ADR 0027). {@link Main} picks the appender ({@code AKMATORI_LOG_FORMAT}) and the level
 * ({@code AKMATORI_LOG_LEVEL}) through system properties before the first log line. Every line carries
 * the request id. A file named by {@code -Dlogback.configurationFile} still wins over this class.
 */
public final class LoggingConfigurator extends ContextAwareBase implements Configurator {
  static final String APPENDER_PROPERTY = "akmatori.log.appender";
  static final String LEVEL_PROPERTY = "akmatori.log.level";
  static final String TEXT_PATTERN =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX,UTC} %-5level [%thread] %logger{36} rid=%X{request_id:--} - %msg%n%ex{short}";
  /**
   * Libraries quieter than the root: chatty at INFO. The MCP SDK logs every server's full
   * instructions at INFO; server stderr is logged by us.
   */
  static final List<String> QUIET_AT_WARN =
      List.of("org.eclipse.jetty", "com.zaxxer.hikari", "org.flywaydb", "io.javalin", "io.modelcontextprotocol");

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    return configure(context, System::getProperty);
  }

  /** As {@link #configure(LoggerContext)} with the system properties from {@code properties}. */
  ExecutionStatus configure(LoggerContext context, UnaryOperator<String> properties) {
    if (properties.apply("logback.configurationFile") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY; // logback's own file lookup reads it
    }
    context.getStatusManager().add(new NopStatusListener());
    String appender = Objects.requireNonNullElse(properties.apply(APPENDER_PROPERTY), "TEXT");
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName(appender);
    console.setEncoder(started("JSON".equals(appender) ? jsonEncoder() : textEncoder(), context));
    console.start();
    for (String name : QUIET_AT_WARN) {
      context.getLogger(name).setLevel(Level.WARN);
    }
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    // As logback reads a level attribute: unknown names mean DEBUG.
    root.setLevel(Level.toLevel(Objects.requireNonNullElse(properties.apply(LEVEL_PROPERTY), "INFO"), Level.DEBUG));
    root.addAppender(console);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  private static Encoder<ILoggingEvent> started(Encoder<ILoggingEvent> encoder, LoggerContext context) {
    encoder.setContext(context);
    encoder.start();
    return encoder;
  }

  private static Encoder<ILoggingEvent> textEncoder() {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setPattern(TEXT_PATTERN);
    return encoder;
  }

  /** One JSON object per line; the request id is the top-level field {@code request_id}. */
  private static Encoder<ILoggingEvent> jsonEncoder() {
    RequestIdJsonEncoder encoder = new RequestIdJsonEncoder();
    encoder.setWithFormattedMessage(true);
    encoder.setWithMessage(false);
    encoder.setWithArguments(false);
    encoder.setWithContext(false);
    encoder.setWithMDC(false);
    encoder.setWithNanoseconds(false);
    encoder.setWithSequenceNumber(false);
    return encoder;
  }
}
