package dev.frontdesk.leftmessages;

import dev.frontdesk.accounts.CsAccount;
import dev.frontdesk.accounts.Servicers;
import dev.frontdesk.identity.Caller;
import dev.frontdesk.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff read the messages visitors and channels left while no new conversation could start, and handle them. */
@Path("/left-messages")
@RequestScoped
@Tag(name = "Left messages", description = "Messages left for the company while its plan's conversation limit was reached")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TENANT_ADMIN_ID, Role.SUPERVISOR_ID, Role.AGENT_ID})
public class LeftMessageResource {

  @PersistenceContext EntityManager em;
  @Inject LeftMessages messages;
  @Inject Caller caller;
  @Inject Servicers servicers;

  /**
   * {@code channel} is the channel plugin's name for a message that came through one (null from the widget);
   * {@code contact} is what the visitor gave, or the channel's address of the sender.
   */
  public record LeftMessageView(
      UUID id, UUID accountId, String accountName, UUID entryPointId, String sceneParam, String channel,
      UUID customerId, String name, String contact, String text, Instant createdAt, Instant handledAt,
      UUID handledBy) {}

  @GET
  @Transactional
  @Operation(
      summary = "The company's left messages (an agent's: those for the accounts they serve), newest first (at most " + LeftMessages.MAX_LIST + "); handled=false"
          + " lists those still to answer, handled=true those done")
  public List<LeftMessageView> list(@QueryParam("handled") Boolean handled) {
    return messages.list(handled, visibleAccounts()).stream().map(this::view).toList();
  }

  @POST
  @Path("{id}/handled")
  @Transactional
  @Operation(summary = "Mark a left message handled (again changes nothing: who handled it first is kept)")
  public LeftMessageView handled(@PathParam("id") UUID id) {
    return view(messages.markHandled(id, caller.member().id(), visibleAccounts()));
  }

  /** Admins and supervisors see every account's; an agent those of the accounts they serve, as in the inbox. */
  private Set<UUID> visibleAccounts() {
    boolean supervises = caller.hasRole(Role.TENANT_ADMIN_ID) || caller.hasRole(Role.SUPERVISOR_ID);
    return supervises ? null : servicers.accountsOf(caller.member().id());
  }

  private LeftMessageView view(LeftMessage m) {
    CsAccount account = em.find(CsAccount.class, m.accountId());
    return new LeftMessageView(
        m.id(), m.accountId(), account == null ? null : account.name(), m.entryPointId(), m.sceneParam(),
        m.channel(), m.customerId(), m.name(), m.contact(), m.text(), m.createdAt(), m.handledAt(), m.handledBy());
  }
}
