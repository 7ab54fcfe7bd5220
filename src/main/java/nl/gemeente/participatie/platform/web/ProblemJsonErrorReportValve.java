package nl.gemeente.participatie.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error answer as problem+json instead of its HTML page. Tomcat answers some requests
 * before Spring sees them (a request line or header over the size limit, a malformed request
 * target); those answers, and any error response nothing else wrote a body for, get a small
 * problem+json body with the status and a fixed text, never anything of the request (which may
 * hold a BSN) nor the server's version.
 */
public class ProblemJsonErrorReportValve extends ErrorReportValve {

  public ProblemJsonErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    String detail = status < 500
        ? "The request was refused before it reached the service (e.g. a request line, header or body over the size "
            + "limit, or a malformed address); nothing was changed."
        : "The server could not answer this request; nothing was changed.";
    String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail
        + "\"}";
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("utf-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(body);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client went away or the response cannot take a body any more: nothing else to do.
    }
  }
}
