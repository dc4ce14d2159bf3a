package dev.akmatori.app;

/** The application version, from the jar manifest or "dev" when run from classes. */
final class Version {
  private Version() {}

  static String current() {
    String v = Application.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
