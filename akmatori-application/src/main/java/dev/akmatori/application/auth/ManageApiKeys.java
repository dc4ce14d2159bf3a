package dev.akmatori.application.auth;

import dev.akmatori.domain.auth.ApiKey;
import dev.akmatori.domain.auth.ApiKeyId;
import dev.akmatori.domain.auth.ApiKeyName;
import dev.akmatori.domain.auth.RawApiKey;
import java.util.List;
import java.util.Optional;

/** API key use cases (contract §2.4). Unknown ids throw {@code NotFoundException}. */
public interface ManageApiKeys {
  String NOT_FOUND = "API key not found";

  static String duplicateName(String name) {
    return "API key with name '" + name + "' already exists";
  }

  List<ApiKey> list();

  ApiKey get(ApiKeyId id);

  /** A new key; the clear key is in the result and nowhere else, ever. */
  CreatedApiKey create(ApiKeyName name);

  ApiKey update(ApiKeyId id, Optional<ApiKeyName> name, Optional<Boolean> enabled);

  void delete(ApiKeyId id);

  /** The enabled key matching a presented value, recording its use; empty when none matches. */
  Optional<ApiKey> authenticate(String presented);

  /** A stored key together with its one-time clear value. */
  record CreatedApiKey(ApiKey apiKey, RawApiKey rawKey) {}
}
