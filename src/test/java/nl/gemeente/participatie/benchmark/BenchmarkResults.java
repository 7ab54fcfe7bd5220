package nl.gemeente.participatie.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;

/**
 * The results of the benchmarks run in this JVM, as one markdown table with the machine; printed and
 * written to {@code target/benchmark-results.md} after each benchmark class, so a partial run still
 * leaves what it measured.
 */
final class BenchmarkResults {

  private static final Map<String, String[]> ROWS = new java.util.TreeMap<>();

  private BenchmarkResults() {}

  /** One row: what is measured, the result, and how (N, repetitions, ...). */
  static synchronized void row(String measure, String result, String how) {
    ROWS.put(measure, new String[] {measure, result, how});
  }

  static synchronized String table() {
    StringBuilder out = new StringBuilder();
    var os = ManagementFactory.getOperatingSystemMXBean();
    long memory = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
    out.append("Benchmark run ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append("  \n");
    out.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
        .append(memory / (1024 * 1024 * 1024)).append(" GiB memory, Java ").append(System.getProperty("java.version"))
        .append(" (").append(System.getProperty("java.vm.name")).append("), ").append(System.getProperty("os.name"))
        .append(' ').append(System.getProperty("os.version")).append(' ').append(System.getProperty("os.arch"))
        .append("; embedded PostgreSQL 16 (io.zonky.test), Camunda history level full, max heap ")
        .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MiB\n\n");
    out.append("| Measure | Result | How |\n|---|---|---|\n");
    ROWS.values().forEach(row -> out.append("| ").append(row[0]).append(" | ").append(row[1]).append(" | ")
        .append(row[2]).append(" |\n"));
    return out.toString();
  }

  static synchronized void write() {
    String table = table();
    System.out.println("\n===== Benchmark results =====\n" + table);
    try {
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target", "benchmark-results.md"), table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The q-quantile (0..1) of the values, nearest rank. */
  static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static String ms(double millis) {
    return String.format(java.util.Locale.ROOT, "%.2f ms", millis);
  }

  static String num(double value) {
    return String.format(java.util.Locale.ROOT, "%.1f", value);
  }
}
