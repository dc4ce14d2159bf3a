package dev.akmatori.application.investigation.function;

/** A function call failed or was refused; the message is shown to the model as the error. */
public final class FunctionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FunctionException(String message) {
    super(message);
  }
}
