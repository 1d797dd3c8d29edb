package dev.frontdesk.visitor;

import dev.frontdesk.entry.EntryPoints;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The chat panel page, {@code /c/{key}}: full screen for links and QR codes, and with {@code ?embed=1} inside the
 * widget's iframe. It is one static page built by tenant-admin-ui (the panel reads the key from the path), served
 * here rather than as a static file so each key gets its own {@code frame-ancestors}: only the entry point's
 * allowed sites may frame it, so a page elsewhere cannot even show the panel.
 */
@WebServlet("/c/*")
public class ChatPage extends HttpServlet {

  /** Where the widget build puts the panel inside the UI jar's META-INF/resources. */
  static final String PANEL = "/widget/panel.html";

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9]{1,40}");

  @Inject EntryPoints entryPoints;

  private volatile byte[] html;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
    String key = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    Optional<List<String>> origins = KEY.matcher(key).matches() ? allowedOrigins(key) : Optional.empty();
    byte[] page = panel();
    if (page == null) {
      res.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The chat panel was not built (-Dskip.ui).");
      return;
    }
    boolean embedded = "1".equals(req.getParameter("embed"));
    // An unknown key still gets the page, with a 404: the panel explains the link is not valid.
    res.setStatus(origins.isPresent() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_NOT_FOUND);
    res.setContentType("text/html");
    res.setCharacterEncoding("UTF-8");
    res.setHeader("Cache-Control", "no-cache");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("Content-Security-Policy",
        policy(embedded ? origins.orElse(List.of()) : List.of()));
    res.setContentLength(page.length);
    res.getOutputStream().write(page);
  }

  /**
   * The panel's policy: everything from Frontdesk itself (API, socket, signed file links), nothing from anywhere
   * else, and framed only by Frontdesk or the given sites.
   */
  static String policy(List<String> frameAncestors) {
    StringBuilder ancestors = new StringBuilder("'self'");
    frameAncestors.forEach(o -> ancestors.append(' ').append(o));
    return "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self';"
        + " style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none';"
        + " frame-ancestors " + ancestors;
  }

  private Optional<List<String>> allowedOrigins(String key) {
    Optional<UUID> tenantId = entryPoints.tenantOfKey(key);
    return tenantId.flatMap(
        id -> TenantContext.callAs(id, () -> entryPoints.resolve(key).map(r -> r.entryPoint().allowedOrigins())));
  }

  private byte[] panel() throws IOException {
    byte[] cached = html;
    if (cached == null) {
      try (InputStream in = getServletContext().getResourceAsStream(PANEL)) {
        if (in == null) {
          return null;
        }
        cached = in.readAllBytes();
      }
      html = cached;
    }
    return cached;
  }
}
