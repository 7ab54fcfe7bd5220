package nl.gemeente.participatie.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.CookieManager;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A browser-like session with the Camunda webapps (Tasklist, Cockpit): fetches the CSRF token the
 * way the single-page apps do, logs in through the webapp's own login endpoint and then calls the
 * API the apps call, with the session cookie.
 */
public final class WebappSession {

  private final HttpClient http;
  private final String base;
  private final String engine;
  private String csrfToken;

  private WebappSession(String base, String engine) {
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    this.base = base;
    this.engine = engine;
  }

  public static WebappSession open(int port, String engine) {
    WebappSession session = new WebappSession("http://localhost:" + port, engine);
    HttpResponse<String> page = session.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/app/tasklist/" + engine + "/")).GET());
    session.csrfToken = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow(
        () -> new AssertionError("No CSRF token from the webapp: " + page.statusCode()));
    return session;
  }

  /** Logs in to one app ({@code tasklist}, {@code cockpit}, {@code admin}); returns the HTTP status. */
  public int login(String app, String user, String password) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/" + engine + "/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrfToken)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)));
    response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
    return response.statusCode();
  }

  /** GET on the engine API as the webapps use it, e.g. {@code /task?processInstanceBusinessKey=...}. */
  public HttpResponse<String> engineGet(String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/" + engine + pathAndQuery))
        .header("Accept", "application/json")
        .header("X-XSRF-TOKEN", csrfToken)
        .GET());
  }

  /** A call with a JSON body on the engine API as the webapps use it (POST, PUT, DELETE). */
  public HttpResponse<String> engineSend(String method, String path, String jsonBody) {
    return send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/" + engine + path))
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", csrfToken)
        .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
