package dev.frontdesk.workspace;

import dev.frontdesk.accounts.AccountRequests;
import dev.frontdesk.accounts.Accounts;
import dev.frontdesk.accounts.BusinessHours;
import dev.frontdesk.accounts.CsAccount;
import dev.frontdesk.identity.ApiAccess;
import dev.frontdesk.identity.ApiScope;
import dev.frontdesk.identity.Role;
import dev.frontdesk.reception.ReceptionPolicy;
import dev.frontdesk.reception.Reception;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/accounts")
@RequestScoped
@Tag(name = "CS accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TENANT_ADMIN_ID, Role.SUPERVISOR_ID, Role.AGENT_ID, Role.API_CLIENT_ID})
@ApiAccess(ApiScope.ACCOUNTS)
public class AccountResource {

  @Inject Accounts accounts;
  @Inject Reception reception;

  public record PolicyView(
      String mode,
      int servicerCap,
      boolean preferLastServicer,
      int preferLastDays,
      int inactivityCloseMinutes,
      int sendWindowMessages,
      int sendWindowHours) {}

  public record AccountView(
      UUID id,
      String name,
      UUID avatarAttachmentId,
      String welcomeMessage,
      BusinessHours businessHours,
      String offHoursReply,
      boolean assistantEnabled,
      PolicyView policy,
      Instant createdAt) {

    static AccountView of(CsAccount a) {
      ReceptionPolicy p = a.policy();
      return new AccountView(
          a.id(), a.name(), a.avatarAttachmentId(), a.welcomeMessage(), a.businessHours(), a.offHoursReply(),
          a.assistantEnabled(),
          new PolicyView(
              p.mode().name().toLowerCase(Locale.ROOT), p.servicerCap(), p.preferLastServicer(), p.preferLastDays(),
              p.inactivityCloseMinutes(), a.sendWindow().messages(), (int) a.sendWindow().length().toHours()),
          a.createdAt());
    }
  }

  @POST
  @RolesAllowed({Role.TENANT_ADMIN_ID, Role.API_CLIENT_ID})
  @Operation(summary = "Create a customer-service account")
  public Response create(@Valid @NotNull AccountRequests.Account request) {
    return Response.status(Response.Status.CREATED).entity(AccountView.of(accounts.create(request))).build();
  }

  @GET
  @Operation(summary = "List the company's customer-service accounts")
  public List<AccountView> list() {
    return accounts.list().stream().map(AccountView::of).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get a customer-service account")
  public AccountView get(@PathParam("id") UUID id) {
    return AccountView.of(accounts.get(id));
  }

  @PATCH
  @Path("/{id}")
  @RolesAllowed({Role.TENANT_ADMIN_ID, Role.API_CLIENT_ID})
  @Operation(summary = "Change an account's name, welcome message, business hours, off-hours reply or assistant")
  public AccountView update(@PathParam("id") UUID id, @Valid @NotNull AccountRequests.Account request) {
    AccountView view = AccountView.of(accounts.update(id, request));
    reception.drain(id); // business hours may have opened
    return view;
  }

  @PUT
  @Path("/{id}/policy")
  @RolesAllowed({Role.TENANT_ADMIN_ID, Role.SUPERVISOR_ID, Role.API_CLIENT_ID})
  @Operation(summary = "Set the account's reception policy and send window")
  public AccountView setPolicy(@PathParam("id") UUID id, @Valid @NotNull AccountRequests.Policy request) {
    accounts.setPolicy(id, request);
    reception.drain(id); // a raised cap or a mode change may free capacity
    return AccountView.of(accounts.get(id));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed({Role.TENANT_ADMIN_ID, Role.API_CLIENT_ID})
  @Operation(summary = "Delete an account: its open sessions close, its entry points stop working, history stays")
  public Response delete(@PathParam("id") UUID id) {
    accounts.delete(id);
    return Response.noContent().build();
  }
}
