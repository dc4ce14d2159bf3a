package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {
  @Test
  void givenTheDefaultH2FileUrl_effective_appendsThePostgresCompatibilitySettings() {
    String url = "jdbc:h2:file:/data/db/akmatori;LOCK_TIMEOUT=10000";

    assertThat(JdbcUrls.effective(url))
        .isEqualTo(url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64"
            + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
  }

  @Test
  void givenAnH2FileUrlWithItsOwnDurabilitySettings_effective_keepsThem() {
    String url = "jdbc:h2:file:/data/db/akmatori;MODE=PostgreSQL;db_close_on_exit=TRUE;WRITE_DELAY=500;query_cache_size=16";

    assertThat(JdbcUrls.effective(url)).isEqualTo(url);
    assertThat(JdbcUrls.effective("jdbc:h2:mem:x")).doesNotContain("WRITE_DELAY").doesNotContain("DB_CLOSE_ON_EXIT");
  }

  @Test
  void onlyEmbeddedH2WithoutAutoServer_isExclusiveToOneProcess() {
    assertThat(JdbcUrls.isExclusive("jdbc:h2:file:/data/db/akmatori;LOCK_TIMEOUT=10000")).isTrue();
    assertThat(JdbcUrls.isExclusive("jdbc:h2:mem:x")).isTrue();
    assertThat(JdbcUrls.isExclusive("jdbc:h2:file:/d;AUTO_SERVER=TRUE")).isFalse();
    assertThat(JdbcUrls.isExclusive("jdbc:h2:tcp://db/x")).isFalse();
    assertThat(JdbcUrls.isExclusive("jdbc:postgresql://db/x")).isFalse();
  }

  @Test
  void givenAnH2UrlThatAlreadySetsMode_effective_leavesItAlone() {
    String url = "jdbc:h2:mem:x;mode=PostgreSQL";

    assertThat(JdbcUrls.effective(url)).isEqualTo(url + ";QUERY_CACHE_SIZE=64");
  }

  @Test
  void givenAPostgresUrl_effective_leavesItAlone_andIsPostgresKnowsIt() {
    String url = "jdbc:postgresql://db:5432/akmatori";

    assertThat(JdbcUrls.effective(url)).isEqualTo(url);
    assertThat(JdbcUrls.isPostgres(url)).isTrue();
    assertThat(JdbcUrls.isPostgres("jdbc:h2:mem:x")).isFalse();
  }

  @Test
  void redacted_dropsPasswordParameters_keepsTheRestInOrder() {
    assertThat(JdbcUrls.redacted("jdbc:postgresql://db/a?password=s3cret&user=app&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/a?user=app&ssl=true");
    assertThat(JdbcUrls.redacted("jdbc:postgresql://db/a?user=app&sslpassword=x&PASSWORD=y"))
        .isEqualTo("jdbc:postgresql://db/a?user=app");
    assertThat(JdbcUrls.redacted("jdbc:postgresql://db/a?password=only")).isEqualTo("jdbc:postgresql://db/a");
  }

  @Test
  void redacted_dropsH2PasswordSettings_andUserInfo() {
    assertThat(JdbcUrls.redacted("jdbc:h2:file:/d/db;PASSWORD=s3cret;LOCK_TIMEOUT=10000"))
        .isEqualTo("jdbc:h2:file:/d/db;LOCK_TIMEOUT=10000");
    assertThat(JdbcUrls.redacted("jdbc:postgresql://app:s3cret@db:5432/a")).isEqualTo("jdbc:postgresql://db:5432/a");
  }

  @Test
  void databaseSettings_toString_masksThePassword_andRejectsAnEmptyPool() {
    DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://db/a?password=p1", "app", "p2", 3);

    assertThat(settings.toString()).doesNotContain("p1").doesNotContain("p2").contains("app", "****");
    assertThatThrownBy(() -> new DatabaseSettings("jdbc:h2:mem:x", "sa", "", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void databaseSettings_treatsNullCredentialsAsEmpty() {
    DatabaseSettings settings = new DatabaseSettings("jdbc:h2:mem:x", null, null, 1);

    assertThat(settings.user()).isEmpty();
    assertThat(settings.password()).isEmpty();
  }
}
