package dev.frontdesk.attachments;

import dev.frontdesk.api.Problem;
import dev.frontdesk.api.ProblemException;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Downloads by signed link. Public, so {@code <img src>} and media players can load files without a bearer
 * token; the signature names the tenant and the file, and expires. Served so that browsers never run what they
 * get: the type sniffed on upload, {@code nosniff}, a sandboxing CSP, and {@code attachment} for plain files.
 */
@Path("/files")
@RequestScoped
@Tag(name = "Attachments")
public class FileResource {

  /** Kinds a browser may show in place; everything else downloads. */
  private static final Set<AttachmentKind> INLINE =
      Set.of(AttachmentKind.IMAGE, AttachmentKind.VIDEO, AttachmentKind.VOICE, AttachmentKind.STICKER,
          AttachmentKind.AVATAR);

  static final String CSP = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox";

  @Inject FileLinks links;
  @Inject Attachments attachments;
  @Inject Clock clock;

  @GET
  @Path("/{tenantId}/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download an attachment by a signed link (exp, sig) from a message, upload or account view")
  public Response download(
      @PathParam("tenantId") UUID tenantId,
      @PathParam("attachmentId") UUID attachmentId,
      @QueryParam("exp") String exp,
      @QueryParam("sig") String sig,
      @HeaderParam("Range") String range,
      @HeaderParam("If-None-Match") String ifNoneMatch) {
    switch (links.check(tenantId, attachmentId, exp, sig)) {
      case BAD_SIGNATURE -> throw refused("This file link is not valid: its signature does not match.");
      case EXPIRED -> throw refused("This file link has expired; reload the conversation for a fresh one.");
      default -> { }
    }
    Attachment a =
        TenantContext.callAs(tenantId, () -> attachments.find(attachmentId))
            .orElseThrow(() -> ProblemException.notFound("This file no longer exists."));
    String etag = "\"" + a.sha256() + "\"";
    Response.ResponseBuilder response;
    if (etag.equals(ifNoneMatch)) {
      response = Response.notModified();
    } else {
      response = body(a, ByteRange.of(range, a.size()));
    }
    long maxAge = Math.max(0, Long.parseLong(exp) - clock.instant().getEpochSecond());
    return response
        .header("ETag", etag)
        .header("Cache-Control", "private, max-age=" + maxAge + ", immutable")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", CSP)
        .header("Cross-Origin-Resource-Policy", "cross-origin") // widgets show them on the host site's pages
        .header("Referrer-Policy", "no-referrer")
        .build();
  }

  private Response.ResponseBuilder body(Attachment a, ByteRange.Request range) {
    String type = a.contentType().startsWith("text/") ? a.contentType() + "; charset=utf-8" : a.contentType();
    boolean inline = INLINE.contains(a.kind());
    if (range instanceof ByteRange.Unsatisfiable) {
      return Response.status(Response.Status.REQUESTED_RANGE_NOT_SATISFIABLE)
          .header("Content-Range", "bytes */" + a.size());
    }
    ByteRange part = range instanceof ByteRange.Part p ? p.range() : new ByteRange(0, a.size() - 1);
    if (!attachments.stored(a)) {
      throw ProblemException.notFound("This file's bytes are missing from the store.");
    }
    // Opened only when the body is written: a HEAD request never opens it, so never leaks it.
    StreamingOutput out =
        sink -> {
          try (InputStream bytes = attachments.open(a, part.first())) {
            long left = part.length();
            byte[] buffer = new byte[64 * 1024];
            for (int n; left > 0 && (n = bytes.read(buffer, 0, (int) Math.min(buffer.length, left))) != -1; ) {
              sink.write(buffer, 0, n);
              left -= n;
            }
          }
        };
    Response.ResponseBuilder builder =
        range instanceof ByteRange.Part
            ? Response.status(Response.Status.PARTIAL_CONTENT).header("Content-Range", part.contentRange(a.size()))
            : Response.ok();
    return builder
        .entity(out)
        .type(type)
        .header("Content-Length", part.length())
        .header("Accept-Ranges", "bytes")
        .header("Content-Disposition", FileNames.disposition(inline, a.name()));
  }

  private static ProblemException refused(String detail) {
    return new ProblemException(
        new Problem(Problem.TYPE_BASE + "file-link", "File link refused", 403, detail, null, null));
  }
}
