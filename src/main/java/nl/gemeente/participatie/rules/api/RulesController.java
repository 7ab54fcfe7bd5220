package nl.gemeente.participatie.rules.api;

import static nl.gemeente.participatie.platform.web.ApiProblems.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gemeente.participatie.rules.RulePublications;
import nl.gemeente.participatie.rules.RulesCheck;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Rules as a product (issue 8), group {@code beleid}: {@code POST /api/rules/check} runs the case files
 * against uploaded DMN files and answers in plain words; {@code POST /api/rules/deployments} publishes
 * them when every case passes (201), or refuses with the failing cases listed (422). Multipart: one or
 * more {@code dmn} files, optional {@code cases} files ({@code <decisionKey>.cases.csv}; otherwise the
 * shipped ones), and for publishing {@code reason} (required) and {@code versionTag} (optional).
 */
@RestController
class RulesController {

  private final RulePublications publications;

  RulesController(RulePublications publications) {
    this.publications = publications;
  }

  @PostMapping(path = "/api/rules/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Map<String, Object> check(@RequestPart(name = "dmn", required = false) List<MultipartFile> dmn,
      @RequestPart(name = "cases", required = false) List<MultipartFile> cases) {
    List<RulesCheck.Report> reports = publications.check(uploads(dmn), uploads(cases));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("passed", reports.stream().allMatch(RulesCheck.Report::passed));
    body.put("report", text(reports));
    body.put("failures", failures(reports));
    return body;
  }

  @PostMapping(path = "/api/rules/deployments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<RulePublications.Published> publish(@RequestPart(name = "dmn", required = false) List<MultipartFile> dmn,
      @RequestPart(name = "cases", required = false) List<MultipartFile> cases,
      @RequestParam(name = "reason", required = false) String reason,
      @RequestParam(name = "versionTag", required = false) String versionTag, Authentication user) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(publications.publish(uploads(dmn), uploads(cases), reason, versionTag, user.getName()));
  }

  private static List<RulePublications.Upload> uploads(List<MultipartFile> files) {
    List<RulePublications.Upload> uploads = new ArrayList<>();
    if (files != null) {
      for (MultipartFile file : files) {
        try {
          uploads.add(new RulePublications.Upload(file.getOriginalFilename(), file.getBytes()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return uploads;
  }

  private static String text(List<RulesCheck.Report> reports) {
    StringBuilder text = new StringBuilder();
    reports.forEach(report -> text.append(report.text()));
    return text.toString();
  }

  private static List<Map<String, Object>> failures(List<RulesCheck.Report> reports) {
    List<Map<String, Object>> failures = new ArrayList<>();
    for (RulesCheck.Report report : reports) {
      if (report.problem() != null) {
        failures.add(Map.of("file", report.dmnFile(), "problem", report.problem()));
      }
      for (RulesCheck.DecisionReport decision : report.decisions()) {
        if (decision.problem() != null) {
          failures.add(Map.of("file", report.dmnFile(), "decision", decision.decisionKey(), "problem", decision.problem()));
        }
        for (RulesCheck.Failure failure : decision.failures()) {
          failures.add(Map.of("file", failure.caseFile(), "line", failure.line(), "case", String.valueOf(failure.caseName()),
              "decision", decision.decisionKey(), "differences", failure.differences()));
        }
      }
    }
    return failures;
  }

  @ExceptionHandler
  ProblemDetail invalid(RulePublications.InvalidUploadException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "The upload is not valid; nothing was published.", "invalid-rules-upload");
    problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
    return problem;
  }

  @ExceptionHandler
  ProblemDetail refused(RulePublications.PublicationRefusedException e) {
    ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY,
        "The rules check failed; nothing was published. Correct the rules or their case files.", "rules-check-failed");
    problem.setTitle("Rules check failed");
    problem.setProperty("report", text(e.reports()));
    problem.setProperty("failures", failures(e.reports()));
    return problem;
  }
}
