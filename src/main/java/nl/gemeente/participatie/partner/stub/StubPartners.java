package nl.gemeente.participatie.partner.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Stand-ins for the BRP, the income gateway, the Inlichtingenbureau, the ZGW Besluiten API and the
 * benefits administration, speaking the same HTTP
 * contracts as the real ones, so the demo runs without any partner. They serve the test persons of
 * {@code stub-partners/test-persons.json} (listed in docs/partners.md). Only with
 * {@code participatie.stub-partners.enabled=true} (the demo profile); never in production.
 */
@RestController
@RequestMapping("/stub")
@ConditionalOnProperty(name = "participatie.stub-partners.enabled", havingValue = "true")
class StubPartners {

  private final JsonNode persons;

  StubPartners(ObjectMapper objectMapper) {
    try (InputStream in = getClass().getResourceAsStream("/stub-partners/test-persons.json")) {
      this.persons = objectMapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the stub partners' test persons", e);
    }
  }

  /** Haal Centraal BRP Personen v2, RaadpleegMetBurgerservicenummer. */
  @PostMapping("/brp/personen")
  ResponseEntity<?> brp(@RequestBody JsonNode query) {
    ObjectNode answer = JsonNodeFactory.instance.objectNode().put("type", "RaadpleegMetBurgerservicenummer");
    var found = answer.putArray("personen");
    for (JsonNode bsn : query.path("burgerservicenummer")) {
      JsonNode person = persons.path(bsn.asText());
      if (person.path("brpDown").asBoolean()) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
            .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "Stub BRP: unavailable"));
      }
      if (person.has("brp")) {
        found.add(((ObjectNode) person.get("brp").deepCopy()).put("burgerservicenummer", bsn.asText()));
      }
    }
    return ResponseEntity.ok(answer);
  }

  @PostMapping("/inkomen/inkomensgegevens")
  ResponseEntity<JsonNode> income(@RequestBody JsonNode query) {
    return part(query, "income");
  }

  /**
   * Jobs from the polisadministratie: a test person's {@code employment}, starting on the reported day
   * (the service asks from a month before it), or nothing registered yet.
   */
  @PostMapping("/inkomen/dienstverbanden")
  ResponseEntity<JsonNode> employment(@RequestBody JsonNode query) {
    JsonNode employment = persons.path(query.path("burgerservicenummer").asText()).get("employment");
    if (employment == null) {
      return ResponseEntity.notFound().build();
    }
    ObjectNode answer = employment.deepCopy();
    String start = java.time.LocalDate.parse(query.path("vanaf").asText()).plusMonths(1).toString();
    answer.path("dienstverbanden").forEach(job -> ((ObjectNode) job).put("ingangsdatum", start));
    return ResponseEntity.ok(answer);
  }

  @PostMapping("/inlichtingenbureau/bijstandsregelingen")
  ResponseEntity<JsonNode> benefits(@RequestBody JsonNode query) {
    return part(query, "benefits");
  }

  /** ZGW Besluiten API: accepts any besluit that comes with a bearer token. */
  @PostMapping("/zgw/besluiten/api/v1/besluiten")
  ResponseEntity<JsonNode> besluit(@RequestHeader(name = "Authorization", required = false) String authorization,
      @RequestBody JsonNode besluit) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }
    String id = UUID.randomUUID().toString();
    return ResponseEntity.status(HttpStatus.CREATED).body(JsonNodeFactory.instance.objectNode()
        .put("url", ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/stub/zgw/besluiten/api/v1/besluiten/{id}").buildAndExpand(id).toUriString())
        .put("identificatie", besluit.path("identificatie").asText()));
  }

  /** Benefits administration: starts any benefit. */
  @PostMapping("/uitkeringsadministratie/uitkeringen")
  ResponseEntity<JsonNode> startBenefit(@RequestBody JsonNode start) {
    return ResponseEntity.status(HttpStatus.CREATED).body(JsonNodeFactory.instance.objectNode()
        .put("uitkeringId", "STUB-" + Math.abs(start.path("zaakReferentie").asText().hashCode())));
  }

  /** Benefits administration: takes any change of amount. */
  @PostMapping("/uitkeringsadministratie/uitkeringen/{id}/wijzigingen")
  ResponseEntity<Void> changeBenefit(@PathVariable String id, @RequestBody JsonNode change) {
    return ResponseEntity.accepted().build();
  }

  /** Benefits administration: suspends or resumes any benefit. */
  @PostMapping("/uitkeringsadministratie/uitkeringen/{id}/{action:opschorting|hervatting}")
  ResponseEntity<Void> suspendOrResume(@PathVariable String id, @PathVariable String action, @RequestBody JsonNode body) {
    return ResponseEntity.accepted().build();
  }

  /** Benefits administration: ends any benefit. */
  @PostMapping("/uitkeringsadministratie/uitkeringen/{id}/beeindiging")
  ResponseEntity<Void> endBenefit(@PathVariable String id, @RequestBody JsonNode end) {
    return ResponseEntity.accepted().build();
  }

  /** Debt-assistance partner: accepts any referral; its answers come through the callback API. */
  @PostMapping("/schuldhulp/aanmeldingen")
  ResponseEntity<JsonNode> referDebtAssistance(@RequestBody JsonNode referral) {
    return ResponseEntity.status(HttpStatus.CREATED).body(JsonNodeFactory.instance.objectNode()
        .put("aanmeldingId", "SHV-" + UUID.randomUUID()));
  }

  /** Partners' gateway: takes any assignment; the partner answers through the callback API. */
  @PostMapping("/partners/opdrachten")
  ResponseEntity<Void> offerAssignment(@RequestBody JsonNode opdracht) {
    return ResponseEntity.accepted().build();
  }

  /** Partners' gateway: takes reminders. */
  @PostMapping("/partners/herinneringen")
  ResponseEntity<Void> remind(@RequestBody JsonNode herinnering) {
    return ResponseEntity.accepted().build();
  }

  /** Financial administration: pays any checked invoice. */
  @PostMapping("/uitkeringsadministratie/facturen")
  ResponseEntity<Void> payInvoice(@RequestBody JsonNode factuur) {
    return ResponseEntity.accepted().build();
  }

  private ResponseEntity<JsonNode> part(JsonNode query, String part) {
    JsonNode value = persons.path(query.path("burgerservicenummer").asText()).get(part);
    return value == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(value);
  }
}
