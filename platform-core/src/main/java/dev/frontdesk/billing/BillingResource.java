package dev.frontdesk.billing;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.identity.Role;
import dev.frontdesk.plugins.PaymentProviders;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

/** Plans on sale, and the company's subscription and usage. */
@Path("/billing")
@RequestScoped
@Tag(name = "Billing", description = "Plans, the company's subscription, usage against its limits, invoices and paying them")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.TENANT_ADMIN_ID)
public class BillingResource {

  @Inject PlanCatalog catalog;
  @Inject dev.frontdesk.config.FrontdeskConfig config;
  @Inject BillingOverview overview;
  @Inject SubscriptionChanges changes;
  @Inject Invoices invoices;
  @Inject UsageHistory history;
  @Inject Payments payments;

  /** The body of {@code POST /billing/invoices/{id}/pay}: a payment method's id from {@code payment-methods}. */
  public record Pay(@NotBlank @Size(max = 40) String provider) {}

  @Inject InvoicePdf pdf;

  @GET
  @Path("plans")
  @PermitAll
  @Operation(summary = "The plans on sale, cheapest first (public)")
  public List<BillingViews.PlanView> plans() {
    return catalog.onSale().stream().map(BillingViews.PlanView::of).toList();
  }

  @GET
  @Path("plans/signup-default")
  @PermitAll
  @Operation(summary = "The plan a company starts on when its signup names none (public); 404 when it is not on sale")
  public BillingViews.PlanView signupDefault() {
    return catalog.latest(config.billingSignupPlan()).map(BillingViews.PlanView::of)
        .orElseThrow(() -> ProblemException.notFound("The platform's signup plan '" + config.billingSignupPlan()
            + "' is not on sale; a signup must name a plan from GET /api/v1/billing/plans."));
  }

  @GET
  @Path("subscription")
  @Operation(summary = "The company's plan, cycle, seats, period and any change waiting for the period's end")
  public BillingViews.SubscriptionView subscription() {
    return overview.subscription();
  }

  @POST
  @Path("subscription/preview")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "What a change of plan, seats or cycle would do, with its prorated lines: nothing changes")
  public SubscriptionChanges.Outcome preview(@Valid @NotNull ChangeRequest request) {
    return changes.preview(request);
  }

  @POST
  @Path("subscription")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change plan, seats or cycle: upgrades now (prorated to the second), downgrades at period end")
  public SubscriptionChanges.Outcome change(@Valid @NotNull ChangeRequest request) {
    return changes.apply(request);
  }

  @POST
  @Path("subscription/cancel")
  @Operation(summary = "End the subscription when the paid period ends")
  public BillingViews.SubscriptionView cancel() {
    changes.cancel();
    return overview.subscription();
  }

  @GET
  @Path("usage")
  @Operation(summary = "Use in the current billing period against the plan's limits")
  public BillingViews.UsageView usage() {
    return overview.usage();
  }

  @GET
  @Path("usage/history")
  @Operation(
      summary = "Use over time for charts: per UTC day (count up to 366, default 30) or per calendar month (up to 24,"
          + " default 12), the current one last; counters summed, seats and storage at their highest")
  public UsageHistory.History usageHistory(
      @QueryParam("unit") @DefaultValue("day") @Pattern(regexp = "day|month", message = "must be day or month") String unit,
      @QueryParam("count") @Min(1) @Max(366) Integer count) {
    UsageHistory.Unit u = UsageHistory.Unit.valueOf(unit.toUpperCase(java.util.Locale.ROOT));
    int n = count == null ? (u == UsageHistory.Unit.DAY ? 30 : 12) : count;
    if (u == UsageHistory.Unit.MONTH && n > 24) {
      throw ProblemException.invalid("count", "must be at most 24 months");
    }
    return history.last(u, n);
  }

  @GET
  @Path("invoices")
  @Operation(summary = "The company's invoices, newest first")
  public List<Invoices.InvoiceView> invoices() {
    return invoices.list();
  }

  @GET
  @Path("invoices/{id}")
  @Produces({MediaType.APPLICATION_JSON, "application/pdf", MediaType.TEXT_HTML})
  @Operation(summary = "One invoice: JSON, or with Accept: application/pdf the PDF, with Accept: text/html the page")
  public Response invoice(
      @PathParam("id") String id, @HeaderParam("Accept") String accept) {
    String a = accept == null ? "" : accept;
    if (id.endsWith(".pdf")) {
      return pdf(UUID.fromString(id.substring(0, id.length() - 4)));
    }
    UUID uuid = parse(id);
    if (a.contains("application/pdf")) {
      return pdf(uuid);
    }
    if (a.contains("text/html") && !a.contains("application/json")) {
      return Response.ok(InvoiceHtml.render(invoices.document(uuid)), "text/html; charset=utf-8").build();
    }
    return Response.ok(invoices.get(uuid), MediaType.APPLICATION_JSON).build();
  }

  @GET
  @Path("payment-methods")
  @Operation(summary = "The ways the company can pay its invoices: payment providers the platform offers")
  public List<PaymentProviders.Method> paymentMethods() {
    return payments.methods();
  }

  @POST
  @Path("invoices/{id}/pay")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start paying an open invoice with a payment method: answers with a page to send the payer to"
      + " (redirectUrl) or instructions to show (bank transfer), and the payment's reference")
  public Payments.CheckoutView pay(@PathParam("id") String id, @Valid @NotNull Pay request) {
    return payments.pay(parse(id), request.provider());
  }

  private Response pdf(UUID id) {
    InvoiceDocument doc = invoices.document(id);
    return Response.ok(pdf.render(doc), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + doc.number() + ".pdf\"")
        .build();
  }

  private static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("No invoice " + id + ".");
    }
  }

}
