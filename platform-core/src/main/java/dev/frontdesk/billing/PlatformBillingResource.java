package dev.frontdesk.billing;

import dev.frontdesk.identity.Role;
import dev.frontdesk.tenancy.TenantContext;
import dev.frontdesk.tenancy.Tenants;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform admin's billing operations: closing periods on demand, recording payments, voiding and refunding. */
@Path("/platform")
@RequestScoped
@Tag(name = "Platform: billing", description = "Period closing and payments (platform admin)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PLATFORM_ADMIN_ID)
public class PlatformBillingResource {

  @Inject Tenants tenants;
  @Inject PeriodClosing closing;
  @Inject Overdue overdue;
  @Inject Invoices invoices;
  @Inject Clock clock;
  @Inject SubscriptionChanges subscriptions;
  @Inject PlatformTenants platformTenants;
  @Inject Payments payments;

  /** {@code at}: close the periods that have ended by then (default now); {@code tenantId}: one company only. */
  public record CloseRequest(Instant at, UUID tenantId) {}

  public record Closed(UUID tenantId, Invoices.InvoiceView invoice) {}

  public record MarkPaid(@NotBlank @Size(max = 200) String reference) {}

  /** Why the invoice is cancelled; the company sees it on the invoice. */
  public record VoidRequest(@NotBlank @Size(max = 500) String reason) {}

  /** {@code amountMinor}: how much to give back, in minor units (default: all that is left); {@code reason}: why. */
  public record Refund(@jakarta.validation.constraints.Positive Long amountMinor, @NotBlank @Size(max = 500) String reason) {}

  /** A tax rate in basis points: 1300 is 13.00%. */
  public record TaxRate(@NotNull @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(10_000) Integer basisPoints) {}

  @jakarta.ws.rs.GET
  @Path("tenants")
  @Operation(summary = "Every company with its plan, status, monthly recurring revenue and open or overdue invoices")
  public List<PlatformTenants.TenantRow> tenants() {
    return platformTenants.list();
  }

  @jakarta.ws.rs.GET
  @Path("tenants/{tenantId}/invoices")
  @Operation(summary = "A company's invoices, newest first, with their payments: what mark-paid, void and refund act on")
  public List<Invoices.InvoiceView> tenantInvoices(@PathParam("tenantId") UUID tenantId) {
    if (tenants.byId(tenantId).isEmpty()) {
      throw dev.frontdesk.api.ProblemException.notFound("No company " + tenantId + ".");
    }
    return TenantContext.callAs(tenantId, invoices::list);
  }

  @POST
  @Path("billing/close-period")
  @Operation(summary = "Close billing periods that have ended by 'at' (default now), for every company or 'tenantId':"
      + " each gets its invoice and renews, and invoices overdue by then suspend paid features. The scheduled job does"
      + " the same at each period's end")
  public List<Closed> closePeriod(CloseRequest request) {
    Instant at = request == null || request.at() == null ? clock.instant() : request.at();
    List<UUID> which = request != null && request.tenantId() != null ? List.of(request.tenantId()) : tenants.ids();
    List<Closed> out = new ArrayList<>();
    for (UUID tenant : which) {
      TenantContext.runAs(tenant, () -> {
        if (closing.due(at)) {
          closing.closeEnded(at).forEach(i -> out.add(new Closed(tenant, Invoices.view(i))));
        }
        overdue.evaluate(at);
      });
    }
    return out;
  }

  @jakarta.ws.rs.PUT
  @Path("billing/tenants/{tenantId}/tax-rate")
  @Operation(summary = "The tax rate a company's invoices carry from the next one on")
  public BillingViews.SubscriptionView setTaxRate(@PathParam("tenantId") UUID tenantId, @Valid @NotNull TaxRate rate) {
    if (tenants.byId(tenantId).isEmpty()) {
      throw dev.frontdesk.api.ProblemException.notFound("No company " + tenantId + ".");
    }
    return TenantContext.callAs(tenantId, () -> subscriptions.setTaxRate(rate.basisPoints()));
  }

  @POST
  @Path("invoices/{id}/mark-paid")
  @Operation(summary = "Record a payment received outside the platform (bank transfer) with its reference")
  public Invoices.InvoiceView markPaid(@PathParam("id") UUID id, @Valid @NotNull MarkPaid request) {
    return invoices.markPaid(id, request.reference());
  }

  @POST
  @Path("invoices/{id}/void")
  @Operation(summary = "Cancel an open invoice: nothing is owed on it, and it no longer keeps the company past due")
  public Invoices.InvoiceView voidInvoice(@PathParam("id") UUID id, @Valid @NotNull VoidRequest request) {
    return invoices.voidInvoice(id, request.reason());
  }

  @POST
  @Path("invoices/{id}/refund")
  @Operation(summary = "Give back part (amountMinor) or all of a paid invoice's payment through the provider it was"
      + " paid with; never more than was paid")
  public Invoices.InvoiceView refund(@PathParam("id") UUID id, @Valid @NotNull Refund request) {
    return payments.refund(id, request.amountMinor(), request.reason());
  }
}
