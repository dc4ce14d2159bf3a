package dev.akmatori.adapter.http.skill;

import dev.akmatori.adapter.http.json.JsonBodies;
import dev.akmatori.adapter.http.json.JsonBody;
import dev.akmatori.adapter.http.json.Replies;
import dev.akmatori.adapter.http.routing.Routes;
import dev.akmatori.application.skill.ManageSkillScripts;
import dev.akmatori.application.skill.ManageSkills;
import dev.akmatori.domain.skill.ScriptFileName;
import io.javalin.http.Context;

/**
 * {@code /api/skills/{name}/scripts} (contract §3.3.4). Checks run in the contract's order: the
 * skill (404), the filename (400), then the body; a script body may be 2 MiB (JSON escapes) while
 * its decoded content may be 1 MiB, and either limit answers 413 with the script message.
 */
public final class SkillScriptEndpoints {
  /** The body limit of {@code PUT …/scripts/{filename}} (§1.6). */
  public static final long MAX_BODY_BYTES = 2 * 1_048_576;

  private static final String BASE = "/api/skills/{name}/scripts";
  private static final String ONE = BASE + "/{filename}";

  private final ManageSkills skills;
  private final ManageSkillScripts scripts;
  private final JsonBodies bodies;

  public SkillScriptEndpoints(ManageSkills skills, ManageSkillScripts scripts, JsonBodies bodies) {
    this.skills = skills;
    this.scripts = scripts;
    this.bodies = bodies;
  }

  public void register(Routes routes) {
    routes
        .get(BASE, this::list)
        .delete(BASE, this::clear)
        .get(ONE, this::get)
        .put(ONE, MAX_BODY_BYTES, ManageSkillScripts.TOO_LARGE, this::put)
        .delete(ONE, this::delete);
  }

  void list(Context ctx) {
    Replies.ok(ctx, SkillReplies.Scripts.from(scripts.list(SkillEndpoints.name(ctx))));
  }

  void clear(Context ctx) {
    Replies.ok(ctx, SkillReplies.Cleared.of(scripts.clear(SkillEndpoints.name(ctx))));
  }

  void get(Context ctx) {
    Replies.ok(ctx, SkillReplies.Script.from(scripts.get(SkillEndpoints.name(ctx), filename(ctx))));
  }

  void put(Context ctx) {
    String skill = skills.existing(SkillEndpoints.name(ctx)).value();
    String filename = new ScriptFileName(filename(ctx)).value();
    JsonBody body = bodies.read(ctx, MAX_BODY_BYTES, ManageSkillScripts.TOO_LARGE, "content");
    String content = body.requiredString("content");
    body.finish();
    Replies.ok(ctx, SkillReplies.StoredScript.from(scripts.put(skill, filename, content)));
  }

  void delete(Context ctx) {
    scripts.delete(SkillEndpoints.name(ctx), filename(ctx));
    Replies.noContent(ctx);
  }

  private static String filename(Context ctx) {
    return ctx.pathParam("filename");
  }
}
