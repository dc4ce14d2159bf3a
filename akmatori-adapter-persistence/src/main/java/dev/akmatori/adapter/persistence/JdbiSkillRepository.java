package dev.akmatori.adapter.persistence;

import dev.akmatori.application.skill.ManageSkills;
import dev.akmatori.application.skill.SkillRepository;
import dev.akmatori.domain.skill.Skill;
import dev.akmatori.domain.skill.SkillFields;
import dev.akmatori.domain.skill.SkillId;
import dev.akmatori.domain.skill.SkillName;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Skills in the {@code skills} table, assignments in {@code skill_tools}. Lists are ordered by name
 * in Java (code point order, like the fake), independent of the database's collation.
 */
final class JdbiSkillRepository implements SkillRepository {
  private static final String COLUMNS =
      "id, name, description, category, is_system, enabled, prompt, created_at, updated_at";
  private static final String INSERT =
      """
      INSERT INTO skills (name, description, category, is_system, enabled, prompt, created_at, updated_at)
      VALUES (:name, :description, :category, :system, :enabled, :prompt, :now, :now)
      """;
  private static final String UPDATE =
      """
      UPDATE skills SET description = :description, category = :category, enabled = :enabled,
          prompt = :prompt, updated_at = :now
      WHERE id = :id
      """;
  private static final String TOUCH = "UPDATE skills SET updated_at = :now WHERE id = :id";
  private static final String KNOWN_INSTANCES = "SELECT id FROM tool_instances WHERE id IN (<ids>)";
  private static final String CLEAR_TOOLS = "DELETE FROM skill_tools WHERE skill_id = :id";
  private static final String ADD_TOOL =
      "INSERT INTO skill_tools (skill_id, tool_instance_id) VALUES (:id, :tool)";
  private static final String TOOLS_OF =
      "SELECT tool_instance_id FROM skill_tools WHERE skill_id = :id ORDER BY tool_instance_id";
  private static final String ALL_TOOLS =
      "SELECT skill_id, tool_instance_id FROM skill_tools ORDER BY skill_id, tool_instance_id";
  private static final String HOLDING =
      """
      SELECT s.name FROM skills s JOIN skill_tools t ON t.skill_id = s.id
      WHERE t.tool_instance_id = :tool
      """;
  private static final String DELETE = "DELETE FROM skills WHERE id = :id";

  private final Jdbi jdbi;

  JdbiSkillRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Skill create(SkillName name, SkillFields fields, boolean system, Instant now) {
    long id = Conflicts.onUniqueViolation(ManageSkills.alreadyExists(name), () -> jdbi.withHandle(h ->
        h.createUpdate(INSERT)
            .bind("name", name.value())
            .bind("description", fields.description())
            .bind("category", fields.category())
            .bind("system", system)
            .bind("enabled", fields.enabled())
            .bind("prompt", fields.prompt())
            .bind("now", Timestamps.bind(now))
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one()));
    Instant stored = Timestamps.stored(now);
    return new Skill(new SkillId(id), name, fields, system, List.of(), stored, stored);
  }

  @Override
  public Optional<Skill> find(SkillName name) {
    return jdbi.inTransaction(h -> findBy(h, "name = :key", name.value()));
  }

  @Override
  public List<Skill> list() {
    return jdbi.inTransaction(h -> {
      Map<Long, List<ToolInstanceId>> tools = h.createQuery(ALL_TOOLS)
          .map((rs, ctx) -> Map.entry(rs.getLong("skill_id"), new ToolInstanceId(rs.getLong("tool_instance_id"))))
          .stream()
          .collect(Collectors.groupingBy(Map.Entry::getKey,
              Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
      List<Skill> skills = new ArrayList<>(h.createQuery("SELECT " + COLUMNS + " FROM skills")
          .map((rs, ctx) -> map(rs, tools.getOrDefault(rs.getLong("id"), List.of())))
          .list());
      skills.sort(Comparator.comparing(s -> s.name().value()));
      return skills;
    });
  }

  @Override
  public Optional<Skill> update(SkillId id, SkillFields fields, Instant now) {
    return jdbi.inTransaction(h -> {
      int changed = h.createUpdate(UPDATE)
          .bind("id", id.value())
          .bind("description", fields.description())
          .bind("category", fields.category())
          .bind("enabled", fields.enabled())
          .bind("prompt", fields.prompt())
          .bind("now", Timestamps.bind(now))
          .execute();
      return changed == 0 ? Optional.<Skill>empty() : findBy(h, "id = :key", id.value());
    });
  }

  @Override
  public Optional<Skill> replaceTools(SkillId id, Set<ToolInstanceId> toolInstanceIds, Instant now) {
    List<Long> wanted = toolInstanceIds.stream().map(ToolInstanceId::value).sorted().toList();
    try {
      return jdbi.inTransaction(h -> {
        if (h.createUpdate(TOUCH).bind("id", id.value()).bind("now", Timestamps.bind(now)).execute() == 0) {
          return Optional.<Skill>empty();
        }
        requireKnown(h, wanted);
        h.createUpdate(CLEAR_TOOLS).bind("id", id.value()).execute();
        for (long tool : wanted) {
          h.createUpdate(ADD_TOOL).bind("id", id.value()).bind("tool", tool).execute();
        }
        return findBy(h, "id = :key", id.value());
      });
    } catch (RuntimeException e) {
      if (ForeignKeys.isViolation(e)) {
        // An instance was deleted between the check and the insert: report what is gone now.
        throw ManageSkills.unknownToolIds(jdbi.withHandle(h -> missing(h, wanted)));
      }
      throw e;
    }
  }

  @Override
  public boolean delete(SkillId id) {
    return jdbi.withHandle(h -> h.createUpdate(DELETE).bind("id", id.value()).execute()) > 0;
  }

  @Override
  public List<SkillName> namesHolding(ToolInstanceId toolInstanceId) {
    return jdbi.withHandle(h -> h.createQuery(HOLDING).bind("tool", toolInstanceId.value())
        .mapTo(String.class).list()).stream().sorted().map(SkillName::new).toList();
  }

  private static void requireKnown(Handle h, List<Long> wanted) {
    List<Long> missing = missing(h, wanted);
    if (!missing.isEmpty()) {
      throw ManageSkills.unknownToolIds(missing);
    }
  }

  private static List<Long> missing(Handle h, List<Long> wanted) {
    if (wanted.isEmpty()) {
      return List.of();
    }
    Set<Long> known = Set.copyOf(h.createQuery(KNOWN_INSTANCES).bindList("ids", wanted).mapTo(Long.class).list());
    return wanted.stream().filter(id -> !known.contains(id)).toList();
  }

  private static Optional<Skill> findBy(Handle h, String condition, Object key) {
    Optional<Skill> row = h.createQuery("SELECT " + COLUMNS + " FROM skills WHERE " + condition)
        .bind("key", key)
        .map((rs, ctx) -> map(rs, List.of()))
        .findOne();
    return row.map(s -> new Skill(s.id(), s.name(), s.fields(), s.system(),
        h.createQuery(TOOLS_OF).bind("id", s.id().value()).mapTo(Long.class).list().stream()
            .map(ToolInstanceId::new).toList(),
        s.createdAt(), s.updatedAt()));
  }

  private static Skill map(ResultSet rs, List<ToolInstanceId> tools) throws SQLException {
    return new Skill(
        new SkillId(rs.getLong("id")),
        new SkillName(rs.getString("name")),
        new SkillFields(rs.getString("description"), rs.getString("category"), rs.getBoolean("enabled"),
            rs.getString("prompt")),
        rs.getBoolean("is_system"),
        tools,
        Timestamps.read(rs, "created_at"),
        Timestamps.read(rs, "updated_at"));
  }
}
