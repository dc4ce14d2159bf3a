package dev.akmatori.adapter.http.tool;

import dev.akmatori.domain.shared.BadRequestException;
import dev.akmatori.domain.shared.NumericId;
import dev.akmatori.domain.tool.ToolInstanceId;
import io.javalin.http.Context;

/** The {@code {id}} of every {@code /api/tools/{id}…} route (contract §1.1). */
final class ToolIds {
  static final String INVALID = "Invalid tool ID";

  private ToolIds() {}

  static ToolInstanceId of(Context ctx) {
    return NumericId.parse(ctx.pathParam("id"))
        .map(ToolInstanceId::new)
        .orElseThrow(() -> new BadRequestException(INVALID));
  }
}
