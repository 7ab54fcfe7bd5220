package nl.gemeente.participatie.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchesTest {

  @Test
  void aThousandIdsAreOneBatchAThousandAndOneAreTwo() {
    assertThat(Batches.of(ids(1000))).hasSize(1);
    assertThat(Batches.of(ids(1001))).extracting(List::size).containsExactly(1000, 1);
    assertThat(Batches.of(List.of())).isEmpty();
  }

  @Test
  void anIdIsAskedForOnce() {
    assertThat(Batches.of(List.of("PW-1", "PW-2", "PW-1"))).containsExactly(List.of("PW-1", "PW-2"));
  }

  private static List<String> ids(int count) {
    return IntStream.range(0, count).mapToObj(i -> "PW-" + i).toList();
  }
}
