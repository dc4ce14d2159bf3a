package dev.akmatori.adapter.http.error;

import dev.akmatori.application.auth.TooManyRequestsException;
import dev.akmatori.application.auth.UnauthorizedException;
import dev.akmatori.domain.shared.BadGatewayException;
import dev.akmatori.domain.shared.BadRequestException;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.DomainException;
import dev.akmatori.domain.shared.ForbiddenException;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.shared.TooLargeException;
import dev.akmatori.domain.shared.ValidationException;
import java.util.List;

/** Status and code of each {@link DomainException} subclass: the table of contract §1.3. */
final class DomainProblems {
  private static final List<Mapping> TABLE =
      List.of(
          new Mapping(NotFoundException.class, 404, "not_found"),
          new Mapping(ConflictException.class, 409, "conflict"),
          new Mapping(ValidationException.class, 400, "validation_error"),
          new Mapping(ForbiddenException.class, 403, "forbidden"),
          new Mapping(BadRequestException.class, 400, "bad_request"),
          new Mapping(TooLargeException.class, 413, "payload_too_large"),
          new Mapping(UnauthorizedException.class, 401, "unauthorized"),
          new Mapping(TooManyRequestsException.class, 429, "too_many_requests"),
          new Mapping(BadGatewayException.class, 502, "bad_gateway"));

  /** A rule violation the adapter does not know yet is still the client's problem, never a 500. */
  private static final Mapping FALLBACK = new Mapping(DomainException.class, 400, "bad_request");

  private DomainProblems() {}

  static Mapping of(DomainException e) {
    return TABLE.stream().filter(m -> m.type().isInstance(e)).findFirst().orElse(FALLBACK);
  }

  record Mapping(Class<? extends DomainException> type, int status, String code) {}
}
