package dev.akmatori.application.alertsource;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.alertsource.AlertField;
import dev.akmatori.domain.alertsource.AlertSourceType;
import dev.akmatori.domain.alertsource.AlertSourceTypeSpec;
import dev.akmatori.domain.alertsource.BuiltinAlertSourceTypes;
import dev.akmatori.domain.alertsource.FieldMappings;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AlertSourceTypeRepository} must do; run against the fake, H2 and PostgreSQL. */
public abstract class AlertSourceTypeRepositoryContract {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");
  private static final Instant T1 = T0.plus(1, ChronoUnit.HOURS);

  private AlertSourceTypeRepository repository;

  /** A new repository over empty storage. */
  protected abstract AlertSourceTypeRepository newRepository();

  @BeforeEach
  void setUpRepository() {
    repository = newRepository();
  }

  @Test
  void seedingAnEmptyStore_createsTheFiveTypesWithIds1To5_inContractOrder() {
    repository.seed(BuiltinAlertSourceTypes.all(), T0);

    List<AlertSourceType> types = repository.list();

    assertThat(types).extracting(AlertSourceType::id).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(types).extracting(AlertSourceType::spec).containsExactlyElementsOf(BuiltinAlertSourceTypes.all());
    assertThat(types).allSatisfy(t -> assertThat(t.createdAt()).isEqualTo(T0).isEqualTo(t.updatedAt()));
  }

  @Test
  void seedingAgain_changesNothing_notEvenUpdatedAt() {
    repository.seed(BuiltinAlertSourceTypes.all(), T0);
    List<AlertSourceType> first = repository.list();

    repository.seed(BuiltinAlertSourceTypes.all(), T1);

    assertThat(repository.list()).isEqualTo(first);
  }

  @Test
  void seedingRefreshesAChangedTypeByName_keepingItsIdAndCreatedAt() {
    List<AlertSourceTypeSpec> old = new ArrayList<>(BuiltinAlertSourceTypes.all());
    AlertSourceTypeSpec zabbix = old.get(4);
    old.set(4, new AlertSourceTypeSpec("zabbix", "Old Zabbix", "old", "X-Old", new FieldMappings(Map.of(AlertField.STATUS, "s"))));
    repository.seed(old, T0);

    repository.seed(BuiltinAlertSourceTypes.all(), T1);

    AlertSourceType refreshed = repository.findByName("zabbix").orElseThrow();
    assertThat(refreshed.id()).isEqualTo(5);
    assertThat(refreshed.spec()).isEqualTo(zabbix);
    assertThat(refreshed.createdAt()).isEqualTo(T0);
    assertThat(refreshed.updatedAt()).isEqualTo(T1);
    assertThat(repository.findByName("grafana").orElseThrow().updatedAt()).isEqualTo(T0);
  }

  @Test
  void seedingATypeListWithANewName_appendsIt_afterTheExistingOnes() {
    repository.seed(BuiltinAlertSourceTypes.all().subList(0, 2), T0);

    repository.seed(BuiltinAlertSourceTypes.all(), T1);

    assertThat(repository.list())
        .extracting(AlertSourceType::name)
        .containsExactly("alertmanager", "grafana", "pagerduty", "datadog", "zabbix");
    assertThat(repository.findByName("datadog").orElseThrow().createdAt()).isEqualTo(T1);
  }

  @Test
  void findByName_matchesExactly() {
    repository.seed(BuiltinAlertSourceTypes.all(), T0);

    assertThat(repository.findByName("pagerduty").orElseThrow().spec().defaultFieldMappings())
        .isEqualTo(BuiltinAlertSourceTypes.find("pagerduty").orElseThrow().defaultFieldMappings());
    assertThat(repository.findByName("PagerDuty")).isEmpty();
    assertThat(repository.findByName("nagios")).isEmpty();
  }

  @Test
  void anUnseededStore_isEmpty() {
    assertThat(repository.list()).isEmpty();
  }
}
