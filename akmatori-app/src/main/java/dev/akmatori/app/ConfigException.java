package dev.akmatori.app;

/** An environment variable holds a value the server cannot use; startup aborts naming it. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String variable, String problem) {
    super("Invalid " + variable + ": " + problem);
  }
}
