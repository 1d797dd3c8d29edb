package dev.frontdesk.workspace;

import dev.frontdesk.accounts.AccountRequests;
import dev.frontdesk.accounts.Accounts;
import dev.frontdesk.accounts.BusinessHours;
import dev.frontdesk.accounts.CsAccount;
import dev.frontdesk.identity.ApiAccess;
import dev.frontdesk.identity.ApiScope;
import dev.frontdesk.attachments.Attachment;
import dev.frontdesk.attachments.AttachmentKind;
import dev.frontdesk.attachments.Attachments;
import dev.frontdesk.attachments.FileLinks;
import dev.frontdesk.attachments.Uploader;
import dev.frontdesk.identity.Caller;
import dev.frontdesk.identity.Role;
import dev.frontdesk.reception.ReceptionPolicy;
import dev.frontdesk.reception.Reception;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
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
  @Inject Attachments attachments;
  @Inject FileLinks links;
  @Inject Caller caller;

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
      String avatarUrl,
      String welcomeMessage,
      BusinessHours businessHours,
      String offHoursReply,
      boolean assistantEnabled,
      PolicyView policy,
      Instant createdAt) {

    static AccountView of(CsAccount a, String avatarUrl) {
      ReceptionPolicy p = a.policy();
      return new AccountView(
          a.id(), a.name(), a.avatarAttachmentId(), avatarUrl, a.welcomeMessage(), a.businessHours(),
          a.offHoursReply(),
          a.assistantEnabled(),
          new PolicyView(
              p.mode().name().toLowerCase(Locale.ROOT), p.servicerCap(), p.preferLastServicer(), p.preferLastDays(),
              p.inactivityCloseMinutes(), a.sendWindow().messages(), (int) a.sendWindow().length().toHours()),
          a.createdAt());
    }
  }

  private AccountView view(CsAccount a) {
    UUID avatar = a.avatarAttachmentId();
    return AccountView.of(a, avatar == null ? null : links.url(TenantContext.currentOrNone(), avatar));
  }

  @POST
  @RolesAllowed({Role.TENANT_ADMIN_ID, Role.API_CLIENT_ID})
  @Operation(summary = "Create a customer-service account")
  public Response create(@Valid @NotNull AccountRequests.Account request) {
    return Response.status(Response.Status.CREATED).entity(view(accounts.create(request))).build();
  }

  @GET
  @Operation(summary = "List the company's customer-service accounts")
  public List<AccountView> list() {
    return accounts.list().stream().map(this::view).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get a customer-service account")
  public AccountView get(@PathParam("id") UUID id) {
    return view(accounts.get(id));
  }

  @PATCH
  @Path("/{id}")
  @RolesAllowed({Role.TENANT_ADMIN_ID, Role.API_CLIENT_ID})
  @Operation(summary = "Change an account's name, welcome message, business hours, off-hours reply or assistant")
  public AccountView update(@PathParam("id") UUID id, @Valid @NotNull AccountRequests.Account request) {
    AccountView view = view(accounts.update(id, request));
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
    return view(accounts.get(id));
  }

  @PUT
  @Path("/{id}/avatar")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Role.TENANT_ADMIN_ID)
  @Operation(summary = "Set the account's avatar: the image's raw bytes as the body (PNG, JPEG or WebP, up to 2 MiB)")
  public AccountView setAvatar(
      @PathParam("id") UUID id,
      @QueryParam("name") @Size(max = 1000) String name,
      @HeaderParam("Content-Length") Long length,
      @HeaderParam("Content-Type") String type,
      InputStream body) {
    accounts.get(id); // before reading the bytes: no upload for an account that is not there
    Attachment avatar =
        attachments.upload(AttachmentKind.AVATAR, name, length, type, body, Uploader.member(caller.member().id()));
    try {
      return view(accounts.setAvatar(id, avatar.id()));
    } catch (RuntimeException e) {
      attachments.discardIfUnused(avatar.id());
      throw e;
    }
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
