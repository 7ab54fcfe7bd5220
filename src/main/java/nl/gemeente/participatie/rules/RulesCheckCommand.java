package nl.gemeente.participatie.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rules check from the command line, for policy staff (docs/rules.md, "Case files and the check"):
 * {@code mvn -q compile exec:java -Drules=dmn/eligibility.dmn}. Takes DMN files or folders, finds each
 * decision's case file beside its DMN file, prints the report in plain words and exits with 1 when
 * anything fails. Starts no service and needs no database.
 */
public final class RulesCheckCommand {

  private RulesCheckCommand() {}

  public static void main(String[] args) {
    List<Path> dmnFiles = new ArrayList<>();
    for (String arg : args.length == 0 ? new String[] {"dmn"} : args) {
      for (String part : arg.split(",")) {
        if (!part.isBlank()) {
          dmnFiles.addAll(dmnFiles(Path.of(part.trim())));
        }
      }
    }
    if (dmnFiles.isEmpty()) {
      System.out.println("Geen DMN-bestanden gevonden in " + String.join(" ", args));
      System.exit(1);
    }
    boolean passed = true;
    for (Path dmn : dmnFiles) {
      RulesCheck.Report report = new RulesCheck().check(dmn.getFileName().toString(), CaseFile.bytes(dmn), caseFilesBeside(dmn));
      System.out.print(report.text());
      passed &= report.passed();
    }
    System.out.println(passed ? "Alles goed: de regels kunnen worden gepubliceerd." : "Niet alles goed: zie hierboven.");
    if (!passed) {
      System.exit(1);
    }
  }

  private static List<Path> dmnFiles(Path path) {
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.list(path)) {
        return files.filter(file -> file.toString().endsWith(".dmn")).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (!Files.exists(path)) {
      System.out.println(path + ": bestand niet gevonden");
      return List.of();
    }
    return List.of(path);
  }

  private static Map<String, byte[]> caseFilesBeside(Path dmn) {
    Path folder = dmn.toAbsolutePath().getParent();
    Map<String, byte[]> caseFiles = new HashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      files.filter(file -> file.getFileName().toString().endsWith(".cases.csv"))
          .forEach(file -> caseFiles.put(file.getFileName().toString(), CaseFile.bytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return caseFiles;
  }
}
