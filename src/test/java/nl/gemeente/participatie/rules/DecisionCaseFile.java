package nl.gemeente.participatie.rules;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decision's case file, {@code dmn/<decisionKey>.cases.csv}: one case a row, readable and editable
 * by policy staff in a spreadsheet.
 *
 * <ul>
 *   <li>{@code case}: a short name; {@code shows}: what the case shows, with its article.
 *   <li>Then the decision's inputs, then its expected outputs, one column each.
 *   <li>The first row is the standard case. An empty input cell means: as in the standard case, so
 *       a row states only what makes it different.
 *   <li>An empty expected cell is not checked, except {@code reasons} which every row states
 *       ({@code none} for no reasons). List cells hold values separated by spaces; their order
 *       matters only for preference lists (see {@code DecisionCaseFilesTest.ORDERED}). {@code null}
 *       means: no value.
 * </ul>
 */
record DecisionCaseFile(String decisionKey, Path file, List<String> inputColumns, List<String> outputColumns,
    List<Row> rows) {

  static final String CASE = "case";
  static final String SHOWS = "shows";

  record Row(int line, String name, String shows, Map<String, String> inputs, Map<String, String> expected) {}

  /**
   * @param outputColumns the columns that are expected outputs; every other column after
   *     {@code case} and {@code shows} is an input
   */
  static DecisionCaseFile read(Path file, List<String> outputColumns) {
    String name = file.getFileName().toString();
    String decisionKey = name.substring(0, name.indexOf(".cases.csv"));
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    List<Map<String, String>> raw = new ArrayList<>();
    List<String> header;
    try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(file.toFile())) {
      while (it.hasNext()) {
        raw.add(it.next());
      }
      header = new ArrayList<>(((CsvSchema) it.getParserSchema()).getColumnNames());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read case file " + file, e);
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
    return new DecisionCaseFile(decisionKey, file, inputs, outputs, rows);
  }
}
