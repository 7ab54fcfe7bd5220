package nl.gemeente.participatie.zaak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.gemeente.participatie.support.TestBsn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

  @ParameterizedTest
  @ValueSource(strings = {"999993653", "111222333", "123456782"})
  void acceptsNumbersThatPassTheElevenTest(String bsn) {
    assertThat(Bsn.passesElevenTest(bsn)).isTrue();
    assertThat(Bsn.of(bsn).value()).isEqualTo(bsn);
  }

  @ParameterizedTest
  @ValueSource(strings = {"999993654", "123456789", "111222334", "000000000"})
  void refusesNumbersThatFailTheElevenTest(String bsn) {
    assertThat(Bsn.passesElevenTest(bsn)).isFalse();
    assertThatThrownBy(() -> Bsn.of(bsn)).hasMessage("BSN fails the eleven test");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "99999365", "9999936530", "99999365a", " 999993653"})
  void refusesAnythingButNineDigits(String bsn) {
    assertThat(Bsn.hasNineDigits(bsn)).isFalse();
    assertThatThrownBy(() -> Bsn.of(bsn)).hasMessage("BSN must consist of 9 digits");
  }

  @Test
  void neverShowsTheNumberInItsTextForm() {
    assertThat(Bsn.of("999993653").toString()).doesNotContain("9");
  }

  @Test
  void testBsnsAreValidAndDistinct() {
    String first = TestBsn.next();
    String second = TestBsn.next();
    assertThat(Bsn.passesElevenTest(first)).isTrue();
    assertThat(Bsn.passesElevenTest(second)).isTrue();
    assertThat(first).isNotEqualTo(second);
  }
}
