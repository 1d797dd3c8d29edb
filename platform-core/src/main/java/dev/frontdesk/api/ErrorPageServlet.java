package dev.frontdesk.api;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Errors raised outside JAX-RS (chiefly MP-JWT rejecting a bad or expired token before any resource runs) as
 * problem details too, so API clients always get JSON.
 */
@WebServlet("/error-page")
public class ErrorPageServlet extends HttpServlet {

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    String uri = String.valueOf(req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    String detail =
        switch (status) {
          case 401 -> "The bearer token is missing, malformed, expired or not signed by a trusted issuer.";
          case 403 -> "Your roles do not allow this operation.";
          case 404 -> "There is nothing at this address.";
          default -> "The request could not be served.";
        };
    String title = status == 401 ? "Unauthorized" : status == 403 ? "Forbidden" : status == 404 ? "Not Found" : "Error";
    resp.setStatus(status);
    resp.setContentType(Problem.MEDIA_TYPE);
    resp.setCharacterEncoding("UTF-8");
    resp.getWriter()
        .write(
            Json.createObjectBuilder()
                .add("type", Problem.TYPE_BASE + title.toLowerCase().replace(' ', '-'))
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("instance", uri)
                .build()
                .toString());
  }
}
