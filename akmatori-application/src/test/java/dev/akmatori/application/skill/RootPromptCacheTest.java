package dev.akmatori.application.skill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.skill.SkillName;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The prompt kept for new workspaces' AGENTS.md (ADR 0028): its age limit and its eviction. */
class RootPromptCacheTest {
  private final AtomicLong nanos = new AtomicLong(1_000);
  private final RootPromptCache cache = new RootPromptCache(nanos::get);
  private final AtomicInteger loads = new AtomicInteger();

  private Supplier<String> loader(String prompt) {
    return () -> {
      loads.incrementAndGet();
      return prompt;
    };
  }

  @Test
  void keepsThePromptForLessThanItsTtl_thenReadsAgain() {
    assertThat(cache.get(loader("one"))).isEqualTo("one");
    nanos.addAndGet(RootPromptCache.TTL.toNanos() - 1);
    assertThat(cache.get(loader("two"))).isEqualTo("one");
    assertThat(loads).hasValue(1);

    nanos.incrementAndGet();
    assertThat(cache.get(loader("two"))).isEqualTo("two");
    assertThat(loads).hasValue(2);
  }

  @Test
  void anEvictionIsSeenByTheNextCall() {
    cache.get(loader("old"));
    cache.evict();
    assertThat(cache.get(loader("new"))).isEqualTo("new");
    assertThat(cache.get(loader("newer"))).isEqualTo("new");
    assertThat(loads).hasValue(2);
  }

  @Test
  void aLoadOverlappingAnEviction_isReturnedButNotKept() {
    String read = cache.get(() -> {
      loads.incrementAndGet();
      cache.evict(); // a write lands while the old prompt is being read
      return "read before the write";
    });
    assertThat(read).isEqualTo("read before the write");
    assertThat(cache.get(loader("after the write"))).isEqualTo("after the write");
    assertThat(loads).hasValue(2);
  }

  @Test
  void none_readsEveryTime() {
    RootPromptCache none = RootPromptCache.none();
    assertThat(none.get(loader("a"))).isEqualTo("a");
    assertThat(none.get(loader("b"))).isEqualTo("b");
    assertThat(loads).hasValue(2);
  }

  @Test
  void aLoadFailure_keepsNothing() {
    try {
      cache.get(() -> {
        throw new IllegalStateException("store down");
      });
    } catch (IllegalStateException expected) {
      assertThat(expected).hasMessage("store down");
    }
    assertThat(cache.get(loader("back"))).isEqualTo("back");
    assertThat(loads).hasValue(1);
  }

  @Test
  void inTheCatalogue_everyWriteOfTheSkills_evictsIt() {
    SkillFixture f = SkillFixture.inMemory();
    RootPromptCache kept = new RootPromptCache(nanos::get); // never ages in this test
    SkillRepository observed = new ObservedSkillRepository(f.repository(), kept::evict);
    SkillCatalogue catalogue = new SkillCatalogue(observed, f.mirror, f.scripts, kept);
    SkillService service = new SkillService(observed, f.files, f.mirror, f.tools, f.clock);
    String seeded = catalogue.rootPrompt();

    f.skills.setPrompt("incident-manager", "Written around the cache.");
    assertThat(catalogue.rootPrompt()).as("a write that bypasses the observed repository").isEqualTo(seeded);

    service.setPrompt("incident-manager", "Be the boss.");
    assertThat(catalogue.rootPrompt()).isEqualTo("Be the boss.");
    assertThat(catalogue.rootInstructions().prompt()).isEqualTo("Be the boss.");

    service.create(new CreateSkill("web-ops", "Web", null, null, null));
    f.skills.setPrompt("incident-manager", "Changed again.");
    service.delete("web-ops"); // any write evicts, not only one of incident-manager
    assertThat(catalogue.rootPrompt()).isEqualTo("Changed again.");
    assertThat(observed.find(SkillName.INCIDENT_MANAGER).orElseThrow().prompt()).isEqualTo("Changed again.");
    assertThat(observed.list()).extracting(s -> s.name().value()).isEqualTo(List.of("incident-manager"));
  }
}
