package nl.gemeente.participatie.rules;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decision's case file, {@code <decisionKey>.cases.csv} beside the DMN file: one case a row,
 * readable and editable by policy staff in a spreadsheet.
 *
 * <ul>
 *   <li>{@code case}: a short name; {@code shows}: what the case shows, with its article.
 *   <li>Then the decision's inputs, then its expected outputs (columns named as the decision's
 *       outputs), one column each.
 *   <li>The first row is the standard case. An empty input cell means: as in the standard case, so
 *       a row states only what makes it different.
 *   <li>An empty expected cell is not checked; {@code reasons} is stated on every row ({@code none}
 *       for no reasons). List cells hold values separated by spaces; {@code null} means: no value.
 * </ul>
 */
public record CaseFile(String decisionKey, String name, List<String> inputColumns, List<String> outputColumns,
    List<Row> rows) {

  static final String CASE = "case";
  static final String SHOWS = "shows";

  public record Row(int line, String name, String shows, Map<String, String> inputs, Map<String, String> expected) {}

  /** The case file's name for a decision. */
  public static String nameFor(String decisionKey) {
    return decisionKey + ".cases.csv";
  }

  /**
   * @param outputColumns the decision's output names; every other column after {@code case} and
   *     {@code shows} is an input
   * @throws IllegalArgumentException when the file is not readable CSV
   */
  public static CaseFile read(String name, byte[] csv, Collection<String> outputColumns) {
    String decisionKey = name.contains(".cases.csv") ? name.substring(0, name.indexOf(".cases.csv")) : name;
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    List<Map<String, String>> raw = new ArrayList<>();
    List<String> header;
    try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(csv)) {
      while (it.hasNext()) {
        raw.add(it.next());
      }
      header = new ArrayList<>(((CsvSchema) it.getParserSchema()).getColumnNames());
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(name + " is not a readable case file (CSV with a header row)");
    }
    List<String> inputs = header.stream()
        .filter(c -> !c.equals(CASE) && !c.equals(SHOWS) && !outputColumns.contains(c))
        .toList();
    List<String> outputs = header.stream().filter(outputColumns::contains).toList();

    List<Row> rows = new ArrayList<>();
    Map<String, String> standard = null;
    for (int i = 0; i < raw.size(); i++) {
      Map<String, String> cells = raw.get(i);
      Map<String, String> rowInputs = new LinkedHashMap<>();
      for (String column : inputs) {
        String cell = cells.getOrDefault(column, "").trim();
        rowInputs.put(column, cell.isEmpty() && standard != null ? standard.get(column) : cell);
      }
      if (standard == null) {
        standard = rowInputs;
      }
      Map<String, String> expected = new LinkedHashMap<>();
      for (String column : outputs) {
        expected.put(column, cells.getOrDefault(column, "").trim());
      }
      // Line numbers as a spreadsheet shows them: the header is line 1.
      rows.add(new Row(i + 2, cells.get(CASE), cells.get(SHOWS), rowInputs, expected));
    }
    return new CaseFile(decisionKey, name, inputs, outputs, rows);
  }

  /** Reads a file that must exist. */
  static byte[] bytes(java.nio.file.Path file) {
    try {
      return java.nio.file.Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
