package dev.frontdesk.webhooks;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.identity.ApiAccess;
import dev.frontdesk.identity.ApiScope;
import dev.frontdesk.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/webhooks")
@RequestScoped
@Tag(name = "Webhooks", description = "Events POSTed to the company's servers, signed, retried for 24 hours")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TENANT_ADMIN_ID, Role.API_CLIENT_ID})
@ApiAccess(ApiScope.WEBHOOKS)
public class WebhookResource {

  static final int MAX_LIMIT = 200;

  @Inject Webhooks webhooks;
  @Inject DeliveryLog log;
  @Inject Dispatcher dispatcher;

  @POST
  @Operation(
      summary = "Register a webhook: an https URL and event types ([\"*\"] for all); the answer holds the signing"
          + " secret, shown this once")
  public Response register(@Valid @NotNull WebhookRequests.Register request) {
    return Response.status(Response.Status.CREATED)
        .entity(WebhookViews.Created.of(webhooks.register(request)))
        .build();
  }

  @GET
  @Operation(summary = "List the company's webhooks (without secrets)")
  public List<WebhookViews.WebhookView> list() {
    return webhooks.list().stream().map(WebhookViews.WebhookView::of).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get a webhook (without its secret)")
  public WebhookViews.WebhookView get(@PathParam("id") UUID id) {
    return WebhookViews.WebhookView.of(webhooks.get(id));
  }

  @PATCH
  @Path("/{id}")
  @Operation(summary = "Change a webhook's URL, event types, description, or switch it on or off")
  public WebhookViews.WebhookView update(@PathParam("id") UUID id, @Valid @NotNull WebhookRequests.Update request) {
    return WebhookViews.WebhookView.of(webhooks.update(id, request));
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete a webhook with its pending deliveries and delivery log")
  public Response delete(@PathParam("id") UUID id) {
    webhooks.delete(id);
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/rotate-secret")
  @Operation(
      summary = "Replace the signing secret (shown this once); deliveries carry a signature under the old one too"
          + " for 24 hours")
  public WebhookViews.Rotated rotateSecret(@PathParam("id") UUID id) {
    return WebhookViews.Rotated.of(webhooks.rotateSecret(id));
  }

  @GET
  @Path("/{id}/deliveries")
  @Operation(
      summary = "The delivery log, newest first: each delivery's status (pending, delivered, failed), next attempt"
          + " and attempts")
  public List<WebhookViews.DeliveryView> deliveries(
      @PathParam("id") UUID id,
      @QueryParam("status") String status,
      @QueryParam("limit") @DefaultValue("50") String limit) {
    return log.list(id, status(status), limit(limit)).stream().map(WebhookViews.DeliveryView::of).toList();
  }

  @POST
  @Path("/{id}/deliveries/{deliveryId}/redeliver")
  @Operation(
      summary = "Attempt a delivery again now, with the same delivery id (one attempt if it had finished)")
  public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
    WebhookViews.DeliveryView view = WebhookViews.DeliveryView.of(log.redeliver(id, deliveryId));
    dispatcher.wake();
    return Response.accepted(view).build();
  }

  private static int limit(String text) {
    try {
      int limit = Integer.parseInt(text.strip());
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ProblemException.invalid("limit", "must be a number from 1 to " + MAX_LIMIT);
  }

  private static DeliveryStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return DeliveryStatus.parse(status.strip());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("status", e.getMessage());
    }
  }
}
