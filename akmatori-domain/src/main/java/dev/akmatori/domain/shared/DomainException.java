package dev.akmatori.domain.shared;

/**
 * Root of every rule violation the core reports. An abstract class rather than an interface because
 * exception handlers (Javalin's among them) match by walking superclasses.
 */
public abstract class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected DomainException(String message) {
    super(message, null, false, false);
  }
}
