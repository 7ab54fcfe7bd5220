package nl.gemeente.participatie.rules.impact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.gemeente.participatie.support.Json;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** {@code POST /api/rules/{decisionKey}/impact} as policy staff would send it, and candidate files. */
final class ImpactRequests {

  private final TestRestTemplate rest;

  ImpactRequests(TestRestTemplate rest) {
    this.rest = rest;
  }

  /** The multipart request; {@code dmn} null leaves the part out, a null date leaves the parameter out. */
  ResponseEntity<String> post(String user, String decisionKey, String dmn, String from, String to) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    if (dmn != null) {
      body.add("dmn", new ByteArrayResource(dmn.getBytes(StandardCharsets.UTF_8)) {
        @Override
        public String getFilename() {
          return "candidate.dmn";
        }
      });
    } else {
      body.add("note", "no file");
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    if (user != null) {
      headers.setBasicAuth(user, user);
    }
    StringBuilder path = new StringBuilder("/api/rules/" + decisionKey + "/impact");
    String separator = "?";
    if (from != null) {
      path.append(separator).append("from=").append(from);
      separator = "&";
    }
    if (to != null) {
      path.append(separator).append("to=").append(to);
    }
    return rest.exchange(path.toString(), HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  /** The report of a request that must succeed. */
  JsonNode report(String decisionKey, String dmn, String from, String to) {
    ResponseEntity<String> response = post("policy", decisionKey, dmn, from, to);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return Json.parse(response.getBody());
  }

  /** {@code dmn/<file>} as it is in the repository. */
  static String model(String file) {
    try {
      return Files.readString(Path.of("dmn", file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of {@code text} with one exact piece replaced; fails when the piece is not there once. */
  static UnaryOperator<String> replace(String piece, String by) {
    return text -> {
      assertThat(text.split(java.util.regex.Pattern.quote(piece), -1)).as("occurrences of " + piece).hasSize(2);
      return text.replace(piece, by);
    };
  }
}
