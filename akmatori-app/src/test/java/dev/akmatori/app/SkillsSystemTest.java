package dev.akmatori.app;

import static dev.akmatori.app.SystemTest.login;
import static dev.akmatori.app.SystemTest.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.domain.skill.ScriptFileName;
import dev.akmatori.domain.skill.SkillName;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Skills over the real stack on H2 and a real data directory: the seeded system skill, SKILL.md
 * following tool instances and context files, rebuilding at startup, and what the agent is given.
 */
class SkillsSystemTest {
  private static final String PASSWORD = "skills-admin-password";

  @TempDir Path dataDir;

  private Map<String, String> env() {
    return SystemTest.env(dataDir, PASSWORD);
  }

  private Path skillMd(String name) {
    return dataDir.resolve("skills").resolve(name).resolve("SKILL.md");
  }

  private static long id(HttpResponse<String> created) {
    Matcher m = Pattern.compile("^\\{\"id\":(\\d+)").matcher(created.body());
    assertThat(m.find()).as(created.body()).isTrue();
    return Long.parseLong(m.group(1));
  }

  @Test
  void skillsLiveInTheDatabaseAndOnDisk_andFollowToolInstances_acrossARestart() throws Exception {
    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      String token = login(app, PASSWORD);
      assertThat(Files.readString(skillMd("incident-manager")))
          .startsWith("---\nname: incident-manager\n").contains("category: system").contains("search_runbooks");

      HttpResponse<String> skill = send(app, "POST", "/api/skills", token,
          "{\"name\":\"web-ops\",\"description\":\"Web servers\",\"prompt\":\"Check nginx first.\"}");
      assertThat(skill.statusCode()).as(skill.body()).isEqualTo(201);
      HttpResponse<String> ssh = send(app, "POST", "/api/tools", token,
          "{\"tool_type_id\":1,\"name\":\"Web hosts\",\"settings\":{\"ssh_hosts\":[{\"hostname\":\"web-1\","
              + "\"address\":\"10.0.0.1\"}]}}");
      assertThat(ssh.statusCode()).as(ssh.body()).isEqualTo(201);
      long sshId = id(ssh);
      HttpResponse<String> assigned =
          send(app, "PUT", "/api/skills/web-ops/tools", token, "{\"tool_instance_ids\":[" + sshId + "]}");
      assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
      assertThat(Files.readString(skillMd("web-ops")))
          .contains("### Web hosts (logical_name: \"web-hosts\", type: ssh)", "`web-1` (read-only)", "Read-only rules");
      HttpResponse<String> script = send(app, "PUT", "/api/skills/web-ops/scripts/check.sh", token,
          "{\"content\":\"#!/bin/sh\\nuptime\\n\"}");
      assertThat(script.statusCode()).as(script.body()).isEqualTo(200);

      assertThat(app.toolAllowlist().allowedInstances()).extracting(AllowedInstance::id).containsExactly(sshId);
      assertThat(app.skillLibrary().enabledSkills()).extracting(s -> s.name()).containsExactly("web-ops");
      assertThat(app.skillLibrary().scriptPath(new SkillName("web-ops"), new ScriptFileName("check.sh")))
          .contains(dataDir.resolve("skills/web-ops/scripts/check.sh").toRealPath());

      assertThat(send(app, "PUT", "/api/tools/" + sshId, token, "{\"name\":\"Edge hosts\"}").statusCode())
          .isEqualTo(200);
      assertThat(Files.readString(skillMd("web-ops"))).contains("### Edge hosts (logical_name: \"web-hosts\"");
    }

    Files.delete(skillMd("web-ops"));
    Files.writeString(skillMd("incident-manager"), "edited by hand");
    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      String token = login(app, PASSWORD);
      assertThat(Files.readString(skillMd("web-ops"))).startsWith("---\nname: web-ops\ndescription: Web servers\n")
          .contains("Check nginx first.").contains("### Edge hosts");
      assertThat(Files.readString(skillMd("incident-manager"))).startsWith("---\nname: incident-manager\n");
      assertThat(dataDir.resolve("skills/web-ops/scripts/check.sh")).hasContent("#!/bin/sh\nuptime\n");

      long sshId = app.toolAllowlist().allowedInstances().get(0).id();
      assertThat(send(app, "DELETE", "/api/tools/" + sshId, token, null).statusCode()).isEqualTo(204);
      assertThat(Files.readString(skillMd("web-ops"))).doesNotContain("## Assigned Tools");
      assertThat(app.toolAllowlist().allowedInstances()).isEmpty();

      assertThat(send(app, "DELETE", "/api/skills/web-ops", token, null).statusCode()).isEqualTo(204);
      assertThat(dataDir.resolve("skills/web-ops")).doesNotExist();
      assertThat(send(app, "DELETE", "/api/skills/incident-manager", token, null).statusCode()).isEqualTo(403);
    }
  }

  /** AGENTS.md takes the prompt from a short-lived cache (ADR 0028); a change made here is seen by the next incident. */
  @Test
  void aNewIncidentsAgentsMd_carriesThePromptSetJustBefore_eachTime() throws Exception {
    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      String token = login(app, PASSWORD);
      for (String prompt : new String[] {"First rule: look at the graphs.", "Second rule: ask before restarting."}) {
        HttpResponse<String> set =
            send(app, "PUT", "/api/skills/incident-manager/prompt", token, "{\"prompt\":\"" + prompt + "\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        HttpResponse<String> created = send(app, "POST", "/api/incidents", token, "{\"task\":\"Disk full on web-1\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher uuid = Pattern.compile("\"uuid\":\"([0-9a-f-]{36})\"").matcher(created.body());
        assertThat(uuid.find()).isTrue();
        assertThat(Files.readString(dataDir.resolve("incidents").resolve(uuid.group(1)).resolve("AGENTS.md")))
            .isEqualTo("# Incident Manager\n\n" + prompt);
      }
    }
  }
}
