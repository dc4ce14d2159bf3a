package dev.akmatori.application.alertsource;

import dev.akmatori.domain.alertsource.AlertSourceChanges;
import dev.akmatori.domain.alertsource.AlertSourceDraft;
import dev.akmatori.domain.alertsource.AlertSourceId;
import dev.akmatori.domain.alertsource.AlertSourceType;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.util.List;

/**
 * Alert source types and alert source use cases (contract §3.5). Unknown sources throw {@code
 * NotFoundException}; a taken name throws {@code ConflictException}.
 */
public interface ManageAlertSources {
  String NOT_FOUND = "Alert source not found";

  static String duplicateName(String name) {
    return "Alert source with name '" + name + "' already exists";
  }

  /** The maintained types, ordered by id. */
  List<AlertSourceType> types();

  /** One page ordered by id. */
  Page<AlertSourceView> list(PageRequest page);

  AlertSourceView get(AlertSourceId uuid);

  AlertSourceView create(AlertSourceDraft draft);

  AlertSourceView update(AlertSourceId uuid, AlertSourceChanges changes);

  void delete(AlertSourceId uuid);
}
