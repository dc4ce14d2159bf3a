package dev.akmatori.application.auth;

import dev.akmatori.domain.shared.Violations;

/** {@code POST /api/auth/login}: throttle, validate, check credentials (contract §2.3). */
public final class LoginService {
  static final String INVALID = "Invalid username or password";
  static final String THROTTLED = "Too many failed login attempts; try again later";

  private final AdminAccount account;
  private final LoginThrottle throttle;

  public LoginService(AdminAccount account, LoginThrottle throttle) {
    this.account = account;
    this.throttle = throttle;
  }

  /** Throws {@link TooManyRequestsException} when the address is blocked; call before reading the body. */
  public void ensureAllowed(String clientAddress) {
    if (throttle.isBlocked(clientAddress)) {
      throw new TooManyRequestsException(THROTTLED);
    }
  }

  /**
   * Checks the credentials and returns the admin username.
   *
   * @throws UnauthorizedException on a wrong username or password (counted as a failure)
   */
  public String login(String username, String password, String clientAddress) {
    ensureAllowed(clientAddress);
    Violations v = new Violations();
    if (username == null || username.isEmpty()) {
      v.add("username", "is required");
    }
    if (password == null || password.isEmpty()) {
      v.add("password", "is required");
    }
    v.throwIfAny();
    if (!account.checkCredentials(username, password)) {
      throw failure(clientAddress);
    }
    throttle.recordSuccess(clientAddress);
    return account.username();
  }

  private UnauthorizedException failure(String clientAddress) {
    throttle.recordFailure(clientAddress);
    return new UnauthorizedException(INVALID);
  }
}
