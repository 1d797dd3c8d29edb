package dev.frontdesk.visitor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers for the widget's static files. {@code widget.js} keeps its name in every customer's snippet, so it is
 * cached briefly (an upgrade reaches host pages within minutes) and may be loaded by any site, including ones
 * that isolate themselves (COEP). The panel's assets are named by content hash and cached for good. The panel
 * page itself is only served through {@link ChatPage}, which adds its per-key frame-ancestors.
 */
@WebFilter(urlPatterns = {"/widget.js", "/widget/*"})
public class WidgetAssets extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (path.equals(ChatPage.PANEL)) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    res.setHeader("X-Content-Type-Options", "nosniff");
    if (path.equals("/widget.js")) {
      res.setHeader("Cache-Control", "public, max-age=300");
      res.setHeader("Access-Control-Allow-Origin", "*");
      res.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
    } else if (path.startsWith("/widget/assets/")) {
      res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    }
    chain.doFilter(req, res);
  }
}
