package dev.frontdesk.visitor;

import dev.frontdesk.entry.Origins;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * CORS for the visitor API, which widgets call from their host sites. The browser's preflight is answered for
 * any origin (it carries no data); the request itself is refused by the resource unless its origin is on the
 * entry point's allow-list, and only then would its answer be readable anyway.
 */
@WebFilter(urlPatterns = "/api/v1/visitor/*")
public class VisitorCors implements Filter {

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String origin = request.getHeader("Origin");
    if (origin != null) {
      response.setHeader("Access-Control-Allow-Origin", origin);
      response.setHeader("Vary", "Origin");
      response.setHeader("Access-Control-Expose-Headers", "Content-Type");
    }
    if (origin != null && "OPTIONS".equals(request.getMethod())) {
      response.setHeader("Access-Control-Allow-Methods", "GET, POST");
      response.setHeader("Access-Control-Allow-Headers", "Content-Type, " + VisitorResource.TOKEN_HEADER);
      response.setHeader("Access-Control-Max-Age", "600");
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    chain.doFilter(Origins.sameHost(origin, request.getHeader("Host")) ? new FirstParty(request) : req, res);
  }

  /** A request from a page Frontdesk served itself: it is not another site's, so its Origin is not checked. */
  private static final class FirstParty extends HttpServletRequestWrapper {
    FirstParty(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      return "Origin".equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public java.util.Enumeration<String> getHeaders(String name) {
      return "Origin".equalsIgnoreCase(name) ? java.util.Collections.emptyEnumeration() : super.getHeaders(name);
    }
  }
}
