package dev.akmatori.application.auth;

class InMemoryApiKeyRepositoryTest extends ApiKeyRepositoryContract {
  @Override
  protected ApiKeyRepository newRepository() {
    return new InMemoryApiKeyRepository();
  }
}
