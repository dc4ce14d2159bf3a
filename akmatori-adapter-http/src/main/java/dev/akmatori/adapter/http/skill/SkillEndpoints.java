package dev.akmatori.adapter.http.skill;

import dev.akmatori.adapter.http.json.JsonBodies;
import dev.akmatori.adapter.http.json.JsonBody;
import dev.akmatori.adapter.http.json.Replies;
import dev.akmatori.adapter.http.paging.Pagination;
import dev.akmatori.adapter.http.routing.Routes;
import dev.akmatori.adapter.http.tool.ToolInstanceResponse;
import dev.akmatori.application.skill.CreateSkill;
import dev.akmatori.application.skill.ManageSkills;
import dev.akmatori.application.skill.SkillDetails;
import dev.akmatori.application.skill.UpdateSkill;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * {@code /api/skills}: CRUD, prompt, assigned tools and sync (contract §3.3.1–3.3.3, §3.3.6). On
 * routes of one skill the skill is looked up before the body is read, so an unknown skill is 404
 * whatever the body. {@code POST /api/skills/sync} is the sync action; the other methods on that
 * path address a skill named {@code sync}.
 */
public final class SkillEndpoints {
  private static final String BASE = "/api/skills";
  private static final String ONE = BASE + "/{name}";

  private final ManageSkills skills;
  private final JsonBodies bodies;

  public SkillEndpoints(ManageSkills skills, JsonBodies bodies) {
    this.skills = skills;
    this.bodies = bodies;
  }

  public void register(Routes routes) {
    routes
        .get(BASE, this::list)
        .post(BASE, this::create)
        .post(BASE + "/sync", this::sync)
        .get(ONE, this::get)
        .put(ONE, this::update)
        .delete(ONE, this::delete)
        .get(ONE + "/prompt", this::prompt)
        .put(ONE + "/prompt", this::setPrompt)
        .get(ONE + "/tools", this::tools)
        .put(ONE + "/tools", this::setTools);
  }

  void list(Context ctx) {
    Optional<PageRequest> paging = Pagination.read(ctx);
    Page<SkillDetails> page = Page.slice(skills.list(), paging.orElse(PageRequest.ALL));
    Replies.ok(ctx, Pagination.body(paging, page.map(SkillResponse::from)));
  }

  void create(Context ctx) {
    JsonBody body = bodies.read(ctx, "name", "description", "category", "prompt", "enabled");
    CreateSkill command = body.validate(() -> new CreateSkill(body.optionalString("name"),
        body.optionalString("description"), body.optionalString("category"), body.optionalString("prompt"),
        body.optionalBoolean("enabled")));
    SkillDetails created = skills.create(command);
    Replies.created(ctx, BASE + "/" + created.skill().name(), SkillResponse.from(created));
  }

  void sync(Context ctx) {
    Replies.ok(ctx, SkillReplies.Sync.from(skills.sync()));
  }

  void get(Context ctx) {
    Replies.ok(ctx, SkillResponse.from(skills.get(name(ctx))));
  }

  void update(Context ctx) {
    String name = skills.existing(name(ctx)).value();
    JsonBody body = bodies.read(ctx, "description", "category", "enabled", "prompt");
    UpdateSkill command = body.validate(() -> new UpdateSkill(body.optionalString("description"),
        body.optionalString("category"), body.optionalBoolean("enabled"), body.optionalString("prompt")));
    Replies.ok(ctx, SkillResponse.from(skills.update(name, command)));
  }

  void delete(Context ctx) {
    skills.delete(name(ctx));
    Replies.noContent(ctx);
  }

  void prompt(Context ctx) {
    Replies.ok(ctx, new SkillReplies.Prompt(skills.prompt(name(ctx))));
  }

  void setPrompt(Context ctx) {
    String name = skills.existing(name(ctx)).value();
    JsonBody body = bodies.read(ctx, "prompt");
    String prompt = body.requiredString("prompt");
    body.finish();
    skills.setPrompt(name, prompt);
    Replies.ok(ctx, SkillReplies.Status.OK);
  }

  void tools(Context ctx) {
    Optional<PageRequest> paging = Pagination.read(ctx);
    Page<ToolInstanceResponse> page = Page.slice(skills.tools(name(ctx)), paging.orElse(PageRequest.ALL))
        .map(ToolInstanceResponse::from);
    Replies.ok(ctx, Pagination.body(paging, page));
  }

  void setTools(Context ctx) {
    String name = skills.existing(name(ctx)).value();
    JsonBody body = bodies.read(ctx, "tool_instance_ids");
    List<Long> ids = body.optionalIntegers("tool_instance_ids");
    if (ids == null && !body.problems().containsKey("tool_instance_ids")) {
      body.reject("tool_instance_ids", "is required");
    }
    body.finish();
    Replies.ok(ctx, SkillResponse.from(skills.setTools(name, ids)));
  }

  static String name(Context ctx) {
    return ctx.pathParam("name");
  }
}
