package nl.gemeente.participatie.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine REST API ({@code /engine-rest}, and the copy the webapps call under
 * {@code /camunda/api/engine/engine/<name>}) as far as this service lets anyone use it (issue 13):
 *
 * <ul>
 *   <li>Only a process that is startable in Tasklist (the case map) may be started with its start
 *       form; the stage processes it calls are not.
 *   <li>A form submission (task {@code submit-form}, {@code complete}, {@code resolve}, start form
 *       {@code submit-form}) may carry only the variables its deployed form declares, each of the type
 *       its field submits; never a business key. Anything else: 400, nothing changed.
 *   <li>Nobody sets, changes or removes variables of a running instance through the API (variables,
 *       local variables, messages, signals, conditions, triggers, external tasks, tasks outside a
 *       process): 403. Operators repair with modification, retries and migration, which may not
 *       carry variables either (400). Processes are not started with {@code /start} (400): a case
 *       starts with the start form or {@code POST /api/cases}.
 *   <li>Answers: an unknown task 404, a task already completed 409, a lost race (optimistic
 *       locking) 409, an authorization refusal 403 without the ids of resources the user may not
 *       see. One log line per refusal.
 * </ul>
 *
 * The case's own guarantees (identity from the business key, four eyes) are enforced again in the
 * code the steps call; this filter keeps the API from being the way around them.
 */
class EngineRestGuard extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(EngineRestGuard.class);

  /** Bodies larger than this are not form submissions or repairs: refused before reading on. */
  static final int MAX_BODY_BYTES = 1024 * 1024;

  private static final String DEFINITION = "(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)";
  private static final Pattern TASK_SUBMISSION = Pattern.compile("/task/([^/]+)/(?:submit-form|complete|resolve)");
  private static final Pattern START_FORM = Pattern.compile("/process-definition/(" + DEFINITION + ")/submit-form");
  private static final Pattern START = Pattern.compile("/process-definition/" + DEFINITION + "/start");
  private static final Pattern MODIFICATION = Pattern.compile("/process-instance/[^/]+/modification(?:-async)?");
  private static final Pattern MIGRATION = Pattern.compile("/migration/execute(?:Async)?");
  /** Writes that set variables or drive an instance from outside its diagram: never through the API. */
  private static final List<Pattern> ENGINE_ONLY_WRITES = List.of(
      Pattern.compile("/(?:process-instance|execution|task|case-instance|case-execution)/[^/]+/(?:variables|localVariables)(?:/.*)?"),
      Pattern.compile("/process-instance/variables-async"),
      Pattern.compile("/message(?:/.*)?"),
      Pattern.compile("/signal"),
      Pattern.compile("/condition"),
      Pattern.compile("/execution/[^/]+/(?:signal|messageSubscriptions/[^/]+/trigger)"),
      Pattern.compile("/external-task/.+"),
      Pattern.compile("/task/create"),
      Pattern.compile("/case-(?:definition|instance|execution)/.+"));

  /** Camunda's message id and built-in exception code of an optimistic locking failure. */
  static final String OPTIMISTIC_LOCKING_MESSAGE = "ENGINE-03005";
  static final int OPTIMISTIC_LOCKING_CODE = 1;

  private final String restPrefix;
  private final String webappPrefix;
  private final ObjectMapper json;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final FormService formService;
  private final RepositoryService repositoryService;
  private final HistoryService historyService;
  /** Declared fields per process definition (start form) and per process definition and task key. */
  private final Map<String, DeclaredFormFields> formsByTask = new ConcurrentHashMap<>();

  EngineRestGuard(String restPrefix, String webappPrefix, ObjectMapper json, IdentityService identityService,
      TaskService taskService, FormService formService, RepositoryService repositoryService, HistoryService historyService) {
    this.restPrefix = restPrefix;
    this.webappPrefix = webappPrefix;
    this.json = json;
    this.identityService = identityService;
    this.taskService = taskService;
    this.formService = formService;
    this.repositoryService = repositoryService;
    this.historyService = historyService;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    // A webapp call without a session is refused by the webapps' own authentication.
    return enginePath(request).isEmpty() || isWebapp(request) && request.getSession(false) == null;
  }

  private boolean isWebapp(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length()).startsWith(webappPrefix);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = enginePath(request).orElseThrow();
    String method = request.getMethod().toUpperCase(Locale.ROOT);
    HttpServletRequest checked = request;
    if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
      Refusal refusal;
      if (request.getContentLengthLong() > MAX_BODY_BYTES) {
        refusal = new Refusal(HttpStatus.PAYLOAD_TOO_LARGE, "Het verzoek is te groot.", "body too large");
      } else {
        CachedBodyRequest cached = new CachedBodyRequest(request);
        checked = cached;
        refusal = cached.body.length > MAX_BODY_BYTES
            ? new Refusal(HttpStatus.PAYLOAD_TOO_LARGE, "Het verzoek is te groot.", "body too large")
            : check(method, path, cached.body);
      }
      if (refusal != null) {
        log.warn("Engine API refused {} {}: {}", method, shape(path), refusal.reasonForLog());
        write(response, refusal.status(), refusal.dutchMessage());
        return;
      }
    }
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(checked, answer);
    } finally {
      translateEngineError(method, path, answer);
      answer.copyBodyToResponse();
    }
  }

  /** The path inside the engine REST API, when the request is one. */
  private Optional<String> enginePath(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    if (uri.startsWith(restPrefix + "/")) {
      return Optional.of(uri.substring(restPrefix.length()));
    }
    if (uri.startsWith(webappPrefix)) {
      String rest = uri.substring(webappPrefix.length());
      int slash = rest.indexOf('/');
      return slash < 0 ? Optional.empty() : Optional.of(rest.substring(slash));
    }
    return Optional.empty();
  }

  Refusal check(String method, String path, byte[] body) {
    Matcher task = TASK_SUBMISSION.matcher(path);
    if (method.equals("POST") && task.matches()) {
      return asService(() -> checkTaskSubmission(task.group(1), body));
    }
    Matcher start = START_FORM.matcher(path);
    if (method.equals("POST") && start.matches()) {
      return asService(() -> checkStartSubmission(start.group(1), body));
    }
    if (START.matcher(path).matches()) {
      return new Refusal(HttpStatus.BAD_REQUEST,
          "Een zaak start met het startformulier of met POST /api/cases, niet met /start.", "start without form");
    }
    for (Pattern write : ENGINE_ONLY_WRITES) {
      if (write.matcher(path).matches()) {
        return new Refusal(HttpStatus.FORBIDDEN,
            "Gegevens van een zaak worden alleen door de service zelf gewijzigd, niet via de engine-API.", "engine-only write");
      }
    }
    if (MODIFICATION.matcher(path).matches() || MIGRATION.matcher(path).matches()) {
      return checkRepairWithoutVariables(body);
    }
    return null;
  }

  private Refusal checkTaskSubmission(String taskId, byte[] body) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0
          ? new Refusal(HttpStatus.CONFLICT, "Deze taak is al afgerond; er is niets opgeslagen.", "task already completed")
          : new Refusal(HttpStatus.NOT_FOUND, "Deze taak bestaat niet.", "unknown task");
    }
    // A deployed form never changes: read once per process definition and task.
    DeclaredFormFields fields = formsByTask.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
        key -> {
          FormData form = formService.getTaskFormData(taskId);
          return form.getCamundaFormRef() == null ? DeclaredFormFields.NONE : declared(formService.getDeployedTaskForm(taskId));
        });
    return checkVariables(body, fields, false);
  }

  private Refusal checkStartSubmission(String definition, byte[] body) {
    ProcessDefinition processDefinition = definition.startsWith("key/")
        ? repositoryService.createProcessDefinitionQuery()
            .processDefinitionKey(definition.substring(4).split("/")[0]).latestVersion().withoutTenantId().singleResult()
        : repositoryService.createProcessDefinitionQuery().processDefinitionId(definition).singleResult();
    if (processDefinition == null) {
      return new Refusal(HttpStatus.NOT_FOUND, "Dit proces bestaat niet.", "unknown process definition");
    }
    if (!processDefinition.isStartableInTasklist()) {
      // A stage of a case (or a purchase, an outflow) starts only from its case map, with the case's
      // business key; started alone it would belong to no case (ADR 0007).
      return new Refusal(HttpStatus.FORBIDDEN,
          "Dit proces start alleen vanuit een zaak; start een zaak met het startformulier of met POST /api/cases.",
          "called process started alone");
    }
    DeclaredFormFields fields = formsByTask.computeIfAbsent(processDefinition.getId(), id -> {
      FormData form = formService.getStartFormData(id);
      return form.getCamundaFormRef() == null ? DeclaredFormFields.NONE : declared(formService.getDeployedStartForm(id));
    });
    return checkVariables(body, fields, true);
  }

  private Refusal checkVariables(byte[] body, DeclaredFormFields fields, boolean start) {
    JsonNode submission = parse(body);
    if (submission == null || !submission.isObject()) {
      return new Refusal(HttpStatus.BAD_REQUEST, "Het formulier is niet als JSON verstuurd.", "not a JSON object");
    }
    if (start && submission.hasNonNull("businessKey")) {
      return new Refusal(HttpStatus.BAD_REQUEST, "Het zaaknummer wordt door de service toegekend; geef het niet mee.",
          "business key given");
    }
    List<String> undeclared = new ArrayList<>();
    List<String> wrongType = new ArrayList<>();
    JsonNode variables = submission.path("variables");
    if (!variables.isMissingNode() && !variables.isNull() && !variables.isObject()) {
      return new Refusal(HttpStatus.BAD_REQUEST, "Het formulier is niet als JSON verstuurd.", "variables not an object");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      DeclaredFormFields.Kind kind = fields.variables().get(variable.getKey());
      if (kind == null) {
        undeclared.add(variable.getKey());
      } else if (!kind.accepts(typeOf(variable.getValue()))) {
        wrongType.add(variable.getKey());
      }
    }
    if (!undeclared.isEmpty()) {
      return new Refusal(HttpStatus.BAD_REQUEST, "Dit formulier kent " + (undeclared.size() == 1 ? "het veld " : "de velden ")
          + String.join(", ", undeclared) + " niet; er is niets opgeslagen.", "undeclared variables " + undeclared);
    }
    if (!wrongType.isEmpty()) {
      return new Refusal(HttpStatus.BAD_REQUEST, "Ongeldig soort waarde in " + String.join(", ", wrongType)
          + "; er is niets opgeslagen.", "wrong variable types in " + wrongType);
    }
    return null;
  }

  private Refusal checkRepairWithoutVariables(byte[] body) {
    JsonNode repair = parse(body);
    if (repair == null) {
      return null; // the engine REST API answers malformed JSON itself (400)
    }
    boolean variables = hasValues(repair.path("variables")) || hasValues(repair.path("migrationPlan").path("variables"));
    for (JsonNode instruction : repair.path("instructions")) {
      variables |= hasValues(instruction.path("variables"));
    }
    return variables
        ? new Refusal(HttpStatus.BAD_REQUEST, "Herstel (verplaatsen of migreren) gebeurt zonder variabelen: "
            + "gegevens van een zaak worden alleen door de service zelf gewijzigd.", "repair with variables")
        : null;
  }

  private static boolean hasValues(JsonNode node) {
    return node.isObject() && !node.isEmpty();
  }

  /** The engine type of a submitted variable: its {@code type}, else what the REST API infers from the value. */
  private static String typeOf(JsonNode variable) {
    if (variable.hasNonNull("type")) {
      return variable.get("type").asText().toLowerCase(Locale.ROOT);
    }
    JsonNode value = variable.path("value");
    if (value.isMissingNode() || value.isNull()) {
      return "null";
    }
    if (value.isTextual()) {
      return "string";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    if (value.isIntegralNumber()) {
      return value.canConvertToInt() ? "integer" : "long";
    }
    if (value.isNumber()) {
      return "double";
    }
    return "object";
  }

  private DeclaredFormFields declared(InputStream form) {
    try (InputStream in = form) {
      return DeclaredFormFields.of(json.readTree(in));
    } catch (IOException e) {
      throw new IllegalStateException("Deployed form is not readable JSON", e);
    }
  }

  private JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return json.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  /** The checks read tasks, forms and history as the service, whatever the caller may read. */
  private <T> T asService(Supplier<T> check) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return check.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  /**
   * Errors of the engine REST API that are not the server's fault, in the answer they deserve: a lost
   * race is 409; an authorization refusal does not tell which resource (process instance id, task id)
   * the user asked about, as that would tell whether a case exists.
   */
  private void translateEngineError(String method, String path, ContentCachingResponseWrapper answer) throws IOException {
    int status = answer.getStatus();
    Matcher task = TASK_SUBMISSION.matcher(path);
    if (status >= 400 && method.equals("POST") && task.matches() && completedMeanwhile(task.group(1))) {
      // Two submissions of one task at once: the engine may refuse the loser for what it found after
      // the winner moved the case on (read committed), e.g. the next form's validation. It lost a race.
      log.info("Engine API {} {}: task completed by another submission meanwhile, answered 409", method, shape(path));
      answer.resetBuffer();
      write(answer, HttpStatus.CONFLICT, "Deze taak is zojuist door iemand anders afgerond; er is niets opgeslagen.");
      return;
    }
    if (status != 500 && status != 403) {
      return;
    }
    JsonNode error = parse(answer.getContentAsByteArray());
    String type = error == null ? "" : error.path("type").asText("");
    if (status == 500 && isLostRace(type, error)) {
      log.info("Engine API {} {}: lost a race (optimistic locking), answered 409", method, shape(path));
      answer.resetBuffer();
      write(answer, HttpStatus.CONFLICT, "Iemand anders heeft deze taak of zaak zojuist gewijzigd. Laad opnieuw en probeer het nog eens.");
    } else if (status == 403 && type.equals("AuthorizationException") && error.path("message").asText("").startsWith("The user with id")) {
      answer.resetBuffer();
      write(answer, HttpStatus.FORBIDDEN, "U heeft geen recht op deze gegevens of handeling.");
    }
  }

  private boolean completedMeanwhile(String taskId) {
    return asService(() -> historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0);
  }

  /**
   * The engine's optimistic locking: as its own type, or wrapped by a resource ("Cannot submit task
   * form ...: ENGINE-03005 ... updated by another transaction concurrently"), or by its exception code.
   */
  private static boolean isLostRace(String type, JsonNode error) {
    return type.equals("OptimisticLockingException")
        || error.path("message").asText("").contains(OPTIMISTIC_LOCKING_MESSAGE)
        || error.path("code").asInt(0) == OPTIMISTIC_LOCKING_CODE;
  }

  private void write(HttpServletResponse response, HttpStatus status, String dutchMessage) throws IOException {
    ObjectNode problem = json.createObjectNode();
    problem.put("type", "about:blank");
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", dutchMessage);
    // Tasklist and Cockpit show the "message" of an engine error.
    problem.put("message", dutchMessage);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(json.writeValueAsBytes(problem));
  }

  /** The path with ids replaced, for the log. */
  private static String shape(String path) {
    return path.replaceAll("/[0-9a-fA-F-]{16,}(?=/|$)", "/{id}");
  }

  record Refusal(HttpStatus status, String dutchMessage, String reasonForLog) {}

  /** A request whose body has been read once and can be read again by the engine REST API. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request) throws IOException {
      super(request);
      this.body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
