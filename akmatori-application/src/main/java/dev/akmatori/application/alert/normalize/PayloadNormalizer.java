package dev.akmatori.application.alert.normalize;

import dev.akmatori.domain.alert.NormalizedAlert;
import dev.akmatori.domain.alertsource.FieldMappings;
import java.util.List;

/** The adapter of one alert source type: a parsed payload in, its alerts in payload order out. */
public interface PayloadNormalizer {
  /**
   * Extracts the alerts of {@code payload} (any JSON-like value) with the instance's {@code mappings}
   * applied. Pure and thread-safe.
   *
   * @throws dev.akmatori.domain.shared.BadRequestException {@code Invalid payload: <reason>} when
   *     the payload does not have the shape this type needs (contract §4.6)
   */
  List<NormalizedAlert> normalize(Object payload, FieldMappings mappings);
}
