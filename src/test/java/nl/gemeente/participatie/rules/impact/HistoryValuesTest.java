package nl.gemeente.participatie.rules.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values as the engine stores them in the decision history, read back with their types, and compared on meaning. */
class HistoryValuesTest {

  static Object read(String type, String text, String text2, Long l, Double d, String json) throws Exception {
    return HistoryValues.read(type, text, text2, l, d, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void primitiveTypesComeFromTheirOwnColumn() throws Exception {
    assertThat(read("null", null, null, null, null, null)).isNull();
    assertThat(read("string", "SINGLE", null, null, null, null)).isEqualTo("SINGLE");
    assertThat(read("boolean", null, null, 1L, null, null)).isEqualTo(true);
    assertThat(read("boolean", null, null, 0L, null, null)).isEqualTo(false);
    assertThat(read("integer", "28", null, 28L, null, null)).isEqualTo(28);
    assertThat(read("short", "3", null, 3L, null, null)).isEqualTo((short) 3);
    assertThat(read("long", "200", null, 200L, null, null)).isEqualTo(200L);
    assertThat(read("double", null, null, null, 1200.5, null)).isEqualTo(1200.5);
    assertThat(read("date", null, null, 1_700_000_000_000L, null, null)).isEqualTo(new Date(1_700_000_000_000L));
  }

  @Test
  void jsonValuesComeFromTheByteArray() throws Exception {
    assertThat(read(HistoryValues.SPIN_JSON, null, "java.time.LocalDate", null, null, "[2025,3,3]"))
        .isEqualTo(LocalDate.of(2025, 3, 3));
    assertThat(read(HistoryValues.SPIN_JSON, null, "java.time.LocalDate", null, null, "\"2025-03-03\""))
        .isEqualTo(LocalDate.of(2025, 3, 3));
    assertThat(read(HistoryValues.SPIN_JSON, null,
        "camundajar.impl.scala.collection.convert.JavaCollectionWrappers$SeqWrapper<java.lang.Object>", null, null,
        "[\"ART13_1A_DETAINED\",\"ART34_ASSETS_ABOVE_LIMIT\"]"))
        .isEqualTo(List.of("ART13_1A_DETAINED", "ART34_ASSETS_ABOVE_LIMIT"));
    assertThat(read(HistoryValues.SPIN_JSON, null, "java.util.LinkedHashMap", null, null,
        "{\"atApplication\":41,\"reachedAowAge\":false}")).isEqualTo(Map.of("atApplication", 41L, "reachedAowAge", false));
  }

  @Test
  void javaSerializedAndOtherValuesAreNotRead() {
    assertThatThrownBy(() -> read("serializable", null, "java.util.ArrayList", null, null, "binary"))
        .isInstanceOf(HistoryValues.UnreadableValueException.class);
    assertThatThrownBy(() -> read("bytes", null, null, null, null, "binary"))
        .isInstanceOf(HistoryValues.UnreadableValueException.class);
  }

  @Test
  void outcomesCompareOnMeaningNotOnJavaType() {
    Outcome recorded = Outcome.ofResults(List.of(Map.of("amount", 200L, "reasons", List.of(), "on", LocalDate.of(2025, 3, 3))));
    Outcome fresh = Outcome.ofResults(List.of(Map.of("amount", 200.0, "reasons", List.of(), "on", LocalDate.of(2025, 3, 3))));
    assertThat(recorded.sameAs(fresh)).isTrue();
    assertThat(recorded.sameAs(Outcome.ofResults(List.of(Map.of("amount", 200.01, "reasons", List.of(),
        "on", LocalDate.of(2025, 3, 3)))))).isFalse();
    assertThat(Outcome.NONE.sameAs(recorded)).isFalse();
    assertThat(Outcome.display(Outcome.normalize(List.of("A", "B")))).isEqualTo("[A, B]");
    assertThat(Outcome.display(Outcome.normalize(1345.450))).isEqualTo("1345.45");
  }

  @Test
  void severalMatchedRulesGiveAListPerColumnInRuleOrder() {
    Outcome.Recorded recorded = new Outcome.Recorded();
    recorded.add(2, "partner", "kluswinkel");
    recorded.add(1, "partner", "werkfit-noord");
    Outcome fresh = Outcome.ofResults(List.of(Map.of("partner", "werkfit-noord"), Map.of("partner", "kluswinkel")));
    assertThat(recorded.outcome(null).sameAs(fresh)).isTrue();
    assertThat(recorded.outcome(null).get("partner")).isEqualTo(List.of("werkfit-noord", "kluswinkel"));
  }
}
