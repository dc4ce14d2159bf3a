package dev.akmatori.app;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the server from environment variables and stops it gracefully on SIGTERM. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    AppConfig config;
    try {
      config = AppConfig.fromEnvironment(System.getenv());
    } catch (ConfigException e) {
      LoggerFactory.getLogger(Main.class).error("{}; the server does not start", e.getMessage());
      System.exit(2);
      return;
    }
    System.setProperty(LoggingConfigurator.APPENDER_PROPERTY, config.logFormat().name());
    System.setProperty(LoggingConfigurator.LEVEL_PROPERTY, config.logLevel().toUpperCase(Locale.ROOT));
    Logger log = LoggerFactory.getLogger(Main.class);
    Application application;
    try {
      application = Application.start(config);
    } catch (RuntimeException e) {
      log.error("Startup failed: {}", e.getMessage(), e);
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(application::close, "akmatori-shutdown"));
  }
}
