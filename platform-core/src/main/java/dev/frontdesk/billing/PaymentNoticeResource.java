package dev.frontdesk.billing;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where payment providers' servers report payments. Anonymous: the provider plugin authenticates each notice
 * itself (a signature keyed by a secret of its platform settings) and anything it does not accept is a 400.
 */
@Path("/billing/payments")
@RequestScoped
@Tag(name = "Billing", description = "Plans, the company's subscription, usage against its limits, invoices and paying them")
@PermitAll
public class PaymentNoticeResource {

  @Inject Payments payments;

  @POST
  @Path("{pluginId}/notify")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A payment provider's notification (public, verified by the provider plugin): a paid notice for"
      + " the right amount marks the invoice paid; the same notice again changes nothing")
  public Payments.NoticeOutcome notify(
      @PathParam("pluginId") String pluginId, @Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
    return payments.notice(pluginId, "POST", uri, headers, body);
  }
}
