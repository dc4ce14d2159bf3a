package dev.akmatori.application.skill;

import dev.akmatori.application.context.ContextFilePaths;
import dev.akmatori.application.context.InMemoryContextFileStore;
import dev.akmatori.application.testing.MutableClock;
import dev.akmatori.application.testing.ReversibleTestCipher;
import dev.akmatori.application.tool.CreateToolInstance;
import dev.akmatori.application.tool.ToolInstanceService;
import dev.akmatori.application.tool.ToolInstances;
import dev.akmatori.application.tool.ToolTypeCatalogue;
import dev.akmatori.application.tool.ToolTypeRepository;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The skills feature wired as the launcher wires it, over the given stores and files (in-memory
 * fakes by default), with the built-in tool types seeded, tool instance changes followed and
 * {@code incident-manager} seeded. Connectors named in {@link #disabledConnectors} count as off.
 */
public final class SkillFixture {
  public static final Instant START = Instant.parse("2026-05-06T09:30:12.481Z");

  public final MutableClock clock;
  public final SkillStores stores;
  public final SkillFiles files;
  public final SkillScripts scripts;
  public final ContextFilePaths context;
  public final ReversibleTestCipher cipher = new ReversibleTestCipher("skills");
  public final Set<Long> disabledConnectors = ConcurrentHashMap.newKeySet();
  public final ToolInstances instances;
  public final ToolInstanceService tools;
  public final SkillMirror mirror;
  public final SkillFileFollower follower;
  public final SkillService skills;
  public final SkillScriptService scriptService;
  public final SkillCatalogue library;
  public final SkillToolAllowlist allowlist;

  /** In-memory stores, directories and context files. */
  public static SkillFixture inMemory() {
    MutableClock clock = new MutableClock(START);
    InMemorySkillDirectories directories = new InMemorySkillDirectories(clock);
    return new SkillFixture(SkillStores.inMemory(), directories, directories, new InMemoryContextFileStore(), clock);
  }

  public SkillFixture(
      SkillStores stores, SkillFiles files, SkillScripts scripts, ContextFilePaths context, MutableClock clock) {
    this.clock = clock;
    this.stores = stores;
    this.files = files;
    this.scripts = scripts;
    this.context = context;
    ToolTypeRepository types = stores.tools().types();
    new ToolTypeCatalogue(types, clock).seedBuiltins();
    this.instances = new ToolInstances(types, stores.tools().instances(), stores.tools().keys(), cipher);
    this.mirror = new SkillMirror(stores.skills(), files, instances, context);
    this.follower = new SkillFileFollower(mirror, files);
    this.tools = new ToolInstanceService(
        types, stores.tools().instances(), stores.tools().keys(), cipher, follower, clock);
    this.skills = new SkillService(stores.skills(), files, mirror, tools, clock);
    this.scriptService = new SkillScriptService(skills, scripts);
    this.library = new SkillCatalogue(stores.skills(), mirror, scripts, RootPromptCache.none());
    this.allowlist = new SkillToolAllowlist(
        stores.skills(), instances, id -> !disabledConnectors.contains(id));
    new SystemSkill(stores.skills(), clock).seed();
    mirror.regenerateAll();
  }

  public SkillRepository repository() {
    return stores.skills();
  }

  /** A new tool instance of a built-in type (by name) with these settings; returns its id. */
  public long tool(String type, String name, Map<String, Object> settings, boolean enabled) {
    long typeId = stores.tools().types().list().stream()
        .filter(t -> t.name().equals(type)).findFirst().orElseThrow().id().value();
    return tools.create(new CreateToolInstance(typeId, name, null, settings, enabled)).instance().id().value();
  }

  public ToolInstanceId toolId(long id) {
    return new ToolInstanceId(id);
  }
}
