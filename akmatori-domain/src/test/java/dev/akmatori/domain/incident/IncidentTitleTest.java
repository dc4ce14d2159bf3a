package dev.akmatori.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fallback title rule of contract §5.2, and the cleaning of a model's title answer. */
class IncidentTitleTest {
  @Test
  void aShortTask_isItsOwnTitle_trimmed() {
    assertThat(IncidentTitle.fallback("  Check disk usage on web-1  ", "api")).isEqualTo("Check disk usage on web-1");
  }

  @Test
  void aLeadingAlertOrIncidentPrefix_isDroppedInAnyCase_withTheSpacesAfterIt() {
    assertThat(IncidentTitle.fallback("Alert:   High CPU on db-2", "api")).isEqualTo("High CPU on db-2");
    assertThat(IncidentTitle.fallback("INCIDENT: payments down", "api")).isEqualTo("payments down");
    assertThat(IncidentTitle.fallback("alert:x", "api")).isEqualTo("x");
  }

  @Test
  void onlyALeadingPrefixIsDropped_once() {
    assertThat(IncidentTitle.fallback("Disk Alert: full", "api")).isEqualTo("Disk Alert: full");
    assertThat(IncidentTitle.fallback("Alert: Incident: twice", "api")).isEqualTo("Incident: twice");
    assertThat(IncidentTitle.fallback("Alerting: noisy", "api")).isEqualTo("Alerting: noisy");
  }

  @Test
  void theFirstNonEmptyLine_isKept() {
    assertThat(IncidentTitle.fallback("\n\n  first line  \nsecond line", "api")).isEqualTo("first line");
    assertThat(IncidentTitle.fallback("Alert:\r\n\r\n  Disk full\r\nmore", "api")).isEqualTo("Disk full");
  }

  @Test
  void exactlyEightyCharacters_areKeptWhole() {
    String eighty = "a".repeat(80);
    assertThat(IncidentTitle.fallback(eighty, "api")).isEqualTo(eighty);
  }

  @Test
  void aLongLine_isCutAtTheLastSpaceWithinEighty_whenThatSpaceIsAfterForty() {
    String words = "word ".repeat(30).strip(); // spaces at 4, 9, …, 79
    String title = IncidentTitle.fallback(words, "api");

    // The space at index 79 is the last within the first 80 characters: 79 kept, then "...".
    assertThat(title).isEqualTo("word ".repeat(16).strip() + "...");
    assertThat(title).hasSize(79 + 3);
  }

  @Test
  void aLongLineWhoseLastSpaceIsAtFortyOrBefore_isCutAtSeventySeven() {
    String text = "a".repeat(40) + " " + "b".repeat(60);
    assertThat(IncidentTitle.fallback(text, "api")).isEqualTo(text.substring(0, 77) + "...").hasSize(80);
  }

  @Test
  void aLongLineWithASpaceJustAfterForty_isCutThere() {
    String text = "a".repeat(41) + " " + "b".repeat(60);
    assertThat(IncidentTitle.fallback(text, "api")).isEqualTo("a".repeat(41) + "...");
  }

  @Test
  void aLongLineWithoutSpaces_isCutAtSeventySeven() {
    assertThat(IncidentTitle.fallback("x".repeat(500), "api")).isEqualTo("x".repeat(77) + "...");
  }

  @Test
  void aSpaceAfterTheEightiethCharacter_doesNotCount() {
    String text = "y".repeat(85) + " tail";
    assertThat(IncidentTitle.fallback(text, "api")).isEqualTo("y".repeat(77) + "...");
  }

  @Test
  void lengthsCountCodePoints_soEmojiAreNeverSplit() {
    String emoji = "🚀".repeat(100);
    String title = IncidentTitle.fallback(emoji, "api");

    assertThat(title.codePointCount(0, title.length())).isEqualTo(80);
    assertThat(title).isEqualTo("🚀".repeat(77) + "...");
    assertThat(IncidentTitle.fallback("🚀".repeat(80), "api")).isEqualTo("🚀".repeat(80));
  }

  @Test
  void anEmptyResult_namesTheSource() {
    assertThat(IncidentTitle.fallback("   \n\t ", "api")).isEqualTo("Incident from api");
    assertThat(IncidentTitle.fallback("Alert:   ", "grafana")).isEqualTo("Incident from grafana");
    assertThat(IncidentTitle.fallback(null, "zabbix")).isEqualTo("Incident from zabbix");
  }

  @Test
  void anAlertMessage_followsTheSameRule() {
    assertThat(IncidentTitle.fallback("HighCPU - web-1: CPU above 90%", "alertmanager")).isEqualTo("HighCPU - web-1: CPU above 90%");
  }

  @Test
  void aModelAnswer_isItsTitle_trimmed() {
    assertThat(IncidentTitle.fromModel("  Disk full on web-1 /var partition \n")).contains("Disk full on web-1 /var partition");
  }

  @Test
  void aModelAnswer_losesItsQuotes_doubleOnesEverywhere_singleOnesAtTheEnds() {
    assertThat(IncidentTitle.fromModel("\"Disk full on web-1\"")).contains("Disk full on web-1");
    assertThat(IncidentTitle.fromModel("\u201CPayments API returns 5xx\u201D")).contains("Payments API returns 5xx");
    assertThat(IncidentTitle.fromModel("'Nginx's logs fill /var'")).contains("Nginx's logs fill /var");
    assertThat(IncidentTitle.fromModel("Disk \"full\" on `web-1`")).contains("Disk full on web-1");
    assertThat(IncidentTitle.fromModel("**High CPU on db-2**")).contains("High CPU on db-2");
  }

  @Test
  void aModelAnswer_losesAnAlertIncidentOrTitlePrefix_inAnyCase() {
    assertThat(IncidentTitle.fromModel("Alert: High CPU on db-2")).contains("High CPU on db-2");
    assertThat(IncidentTitle.fromModel("INCIDENT:  Payments down")).contains("Payments down");
    assertThat(IncidentTitle.fromModel("Title: \"Disk full on web-1\"")).contains("Disk full on web-1");
    assertThat(IncidentTitle.fromModel("**Title:** Disk full on web-1")).contains("Disk full on web-1");
  }

  @Test
  void aModelAnswer_keepsItsFirstLineThatHasText_withWhitespaceRunsMadeOneSpace() {
    assertThat(IncidentTitle.fromModel("\"\nDisk full\ton   web-1\nThe disk is full because…")).contains("Disk full on web-1");
    assertThat(IncidentTitle.fromModel("Title:\nDisk full on web-1")).contains("Disk full on web-1");
  }

  @Test
  void anEmptyAnswer_orOneLongerThanEighty_givesNoTitle() {
    assertThat(IncidentTitle.fromModel(null)).isEmpty();
    assertThat(IncidentTitle.fromModel("  \n \"\" \n")).isEmpty();
    assertThat(IncidentTitle.fromModel("Incident:")).isEmpty();
    assertThat(IncidentTitle.fromModel("a".repeat(80))).isEqualTo(Optional.of("a".repeat(80)));
    assertThat(IncidentTitle.fromModel("a".repeat(81))).isEmpty();
    assertThat(IncidentTitle.fromModel("\uD83D\uDD25".repeat(80))).isPresent();
  }
}
