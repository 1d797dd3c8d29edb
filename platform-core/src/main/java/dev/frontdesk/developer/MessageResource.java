package dev.frontdesk.developer;

import dev.frontdesk.conversation.MessageInput;
import dev.frontdesk.conversation.MessageInputs;
import dev.frontdesk.identity.ApiAccess;
import dev.frontdesk.identity.ApiScope;
import dev.frontdesk.identity.Caller;
import dev.frontdesk.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sending a message to a customer from the tenant's back-end. */
@Path("/messages")
@RequestScoped
@Tag(name = "Developer API")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.API_CLIENT_ID)
@ApiAccess(ApiScope.MESSAGES)
public class MessageResource {

  @Inject ApiMessages messages;
  @Inject MessageInputs inputs;
  @Inject Caller caller;

  /**
   * A message to a customer. {@code clientMsgId} is required: a back-end retrying after a time-out must not send
   * twice. {@code accountId} and {@code sessionId} pick where it goes; see {@link ApiMessages#send}.
   */
  public record SendRequest(
      @NotNull UUID customerId,
      UUID accountId,
      UUID sessionId,
      @NotNull @Size(min = 1, max = 64)
          @Pattern(regexp = "[A-Za-z0-9_.:-]+", message = "use letters, digits, '_', '.', ':' or '-'")
          String clientMsgId,
      @NotBlank String type,
      @NotNull JsonObject content) {}

  @POST
  @Operation(summary = "Send a message to a customer (the account's send window applies; same clientMsgId is"
      + " sent once)")
  public Response send(@Valid @NotNull SendRequest request) {
    var content = inputs.parse(new MessageInput(request.clientMsgId(), request.type(), request.content()), false);
    ApiMessages.Sent sent =
        messages.send(
            caller.credentialId(), request.customerId(), request.accountId(), request.sessionId(),
            request.clientMsgId(), content);
    return Response.status(sent.duplicate() ? Response.Status.OK : Response.Status.CREATED).entity(sent).build();
  }
}
