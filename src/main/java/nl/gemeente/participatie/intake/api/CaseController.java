package nl.gemeente.participatie.intake.api;

import java.net.URI;
import nl.gemeente.participatie.zaak.CaseRecord;
import nl.gemeente.participatie.intake.IntakeService;
import nl.gemeente.participatie.zaak.CaseLifecycle;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Case intake: a melding becomes a case with a running process. */
@RestController
@RequestMapping("/api/cases")
class CaseController {

  private final IntakeService intake;
  private final CaseLifecycle cases;
  private final CaseApiMapper mapper;

  CaseController(IntakeService intake, CaseLifecycle cases, CaseApiMapper mapper) {
    this.cases = cases;
    this.intake = intake;
    this.mapper = mapper;
  }

  @PostMapping
  ResponseEntity<CaseCreatedResponse> register(@RequestBody CaseRequest request, Authentication user) {
    CaseRecord registered = intake.register(mapper.toInput(request), user.getName());
    URI location = UriComponentsBuilder.fromPath("/api/cases/{caseId}").buildAndExpand(registered.caseId()).toUri();
    return ResponseEntity.created(location).body(mapper.toCreated(registered));
  }

  @GetMapping("/{caseId}")
  CaseResponse get(@PathVariable String caseId) {
    return mapper.toResponse(cases.view(caseId));
  }
}
