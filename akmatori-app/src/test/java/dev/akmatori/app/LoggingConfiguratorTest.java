package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The logging set-up that replaced {@code logback.xml}: same appenders, levels and pattern. */
class LoggingConfiguratorTest {
  private final LoggerContext context = new LoggerContext();

  private ExecutionStatus configure(Map<String, String> properties) {
    return new LoggingConfigurator().configure(context, properties::get);
  }

  private Appender<ILoggingEvent> rootAppender(String name) {
    return context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(name);
  }

  @Test
  void byDefault_textLinesAtInfo_withTheRequestId_andChattyLibrariesAtWarn() {
    assertThat(configure(Map.of())).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

    assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
    ConsoleAppender<ILoggingEvent> text = (ConsoleAppender<ILoggingEvent>) rootAppender("TEXT");
    assertThat(text.isStarted()).isTrue();
    assertThat(((PatternLayoutEncoder) text.getEncoder()).getPattern()).contains("rid=%X{request_id:--}");
    assertThat(rootAppender("JSON")).isNull();
    for (String quiet : LoggingConfigurator.QUIET_AT_WARN) {
      assertThat(context.getLogger(quiet).getLevel()).as(quiet).isEqualTo(Level.WARN);
    }
    assertThat(context.getLogger("dev.akmatori").getEffectiveLevel()).isEqualTo(Level.INFO);
  }

  @Test
  void theProperties_pickJsonLines_andTheRootLevel() {
    configure(Map.of(LoggingConfigurator.APPENDER_PROPERTY, "JSON", LoggingConfigurator.LEVEL_PROPERTY, "WARN"));

    assertThat(((ConsoleAppender<ILoggingEvent>) rootAppender("JSON")).getEncoder()).isInstanceOf(RequestIdJsonEncoder.class);
    assertThat(rootAppender("TEXT")).isNull();
    assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.WARN);
  }

  @Test
  void aConfigurationFileNamedOnTheCommandLine_isLeftToLogback() {
    assertThat(configure(Map.of("logback.configurationFile", "/etc/akmatori/logback.xml")))
        .isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);

    assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
  }

  @Test
  void logbackFindsIt_throughItsServiceFile() throws IOException {
    try (InputStream services = getClass().getResourceAsStream("/META-INF/services/ch.qos.logback.classic.spi.Configurator")) {
      assertThat(new String(services.readAllBytes(), StandardCharsets.UTF_8).trim())
          .isEqualTo(LoggingConfigurator.class.getName());
    }
  }
}
