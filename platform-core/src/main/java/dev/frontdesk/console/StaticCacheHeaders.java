package dev.frontdesk.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Vite names built assets by content hash, so they can be cached for a year; the HTML that points at them must
 * be revalidated, or a browser keeps running yesterday's console after an upgrade.
 */
@WebFilter(urlPatterns = {"/", "/index.html", "/assets/*"})
public class StaticCacheHeaders extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    boolean asset = req.getRequestURI().startsWith(req.getContextPath() + "/assets/");
    res.setHeader("Cache-Control", asset ? "public, max-age=31536000, immutable" : "no-cache");
    chain.doFilter(req, res);
  }
}
