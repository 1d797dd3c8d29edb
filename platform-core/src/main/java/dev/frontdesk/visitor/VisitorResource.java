package dev.frontdesk.visitor;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.attachments.AttachmentKind;
import dev.frontdesk.attachments.AttachmentView;
import dev.frontdesk.attachments.Attachments;
import dev.frontdesk.attachments.FileLinks;
import dev.frontdesk.attachments.Uploader;
import dev.frontdesk.conversation.Customer;
import dev.frontdesk.conversation.Customers;
import dev.frontdesk.conversation.MessageInput;
import dev.frontdesk.conversation.MessageInputs;
import dev.frontdesk.conversation.MessageView;
import dev.frontdesk.conversation.SessionView;
import dev.frontdesk.entry.EntryPoints;
import dev.frontdesk.leftmessages.LeftMessage;
import dev.frontdesk.leftmessages.LeftMessages;
import dev.frontdesk.entry.QrCodes;
import dev.frontdesk.config.FrontdeskConfig;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The visitor's API: public, keyed by an entry point, authenticated afterwards by the visitor token in the
 * {@code X-Visitor-Token} header. Each request runs in the tenant named by the key or the token's signature.
 */
@Path("/visitor")
@RequestScoped
@Tag(name = "Visitor")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class VisitorResource {

  static final String TOKEN_HEADER = "X-Visitor-Token";

  @Inject EntryPoints entryPoints;
  @Inject Customers customers;
  @Inject VisitorTokens tokens;
  @Inject WidgetSecrets widgetSecrets;
  @Inject VisitorOrigins origins;
  @Inject VisitorChat chat;
  @Inject MessageInputs inputs;
  @Inject FrontdeskConfig config;
  @Inject java.time.Clock clock;
  @Inject Attachments attachments;
  @Inject FileLinks links;
  @Inject dev.frontdesk.billing.Quotas quotas;
  @Inject LeftMessages leftMessages;

  public record Identity(
      @NotBlank @Size(max = 200) String userId,
      @Size(max = 120) String name,
      @NotBlank @Size(max = 128) String hmac) {}

  public record OpenRequest(
      @NotBlank @Size(max = 40) String entryKey,
      @Size(max = 128) String sceneParam,
      @Size(max = 200) String visitorToken,
      @Valid Identity identity,
      @Schema(description = "Only resume the visitor's open session: nothing is created and no enter_session is"
          + " recorded; 404 when there is none. The widget uses it to show unread replies before it is opened.")
          Boolean resumeOnly) {}

  public record AccountCard(
      UUID id, String name, String avatarUrl, String welcomeMessage, boolean open, String offHoursReply,
      @Schema(description = "No new conversation can start now (the company's plan limit is reached): a visitor"
          + " without an open session is offered to leave a message (POST /visitor/left-messages); one with an"
          + " open session goes on chatting.")
          boolean messagesOnly) {}

  public record Opened(String visitorToken, UUID customerId, SessionView session, AccountCard account) {}

  public record VisitorMessage(
      @NotNull UUID sessionId,
      @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9_.:-]+", message = "use letters, digits, '_', '.', ':' or '-'")
          String clientMsgId,
      @NotBlank String type,
      @NotNull JsonObject content) {}

  public record VisitorRead(@NotNull UUID sessionId, @NotNull @Min(0) Integer seq) {}

  @POST
  @Path("sessions")
  @Operation(
      summary = "Open (or resume) the visitor's session through an entry point; 402 quota-exceeded when a new"
          + " session would pass the company's conversation limit (the visitor can leave a message instead)")
  public Opened open(@Valid @NotNull OpenRequest request, @HeaderParam("Origin") String origin) {
    UUID tenantId = entryPoints.tenantOfKey(request.entryKey()).orElseThrow(VisitorResource::noEntry);
    return TenantContext.callAs(
        tenantId,
        () -> {
          EntryPoints.Resolved resolved = entryPoints.resolve(request.entryKey()).orElseThrow(VisitorResource::noEntry);
          origins.check(origin, resolved.entryPoint());
          UUID customerId;
          SessionView session;
          if (Boolean.TRUE.equals(request.resumeOnly())) {
            customerId = knownCustomer(tenantId, request).orElseThrow(VisitorResource::nothingToResume);
            session = chat.resume(customerId, resolved.entryPoint()).orElseThrow(VisitorResource::nothingToResume);
          } else {
            customerId = customerFor(tenantId, request);
            session = chat.enter(customerId, resolved.entryPoint(), request.sceneParam());
          }
          return new Opened(tokens.issue(tenantId, customerId), customerId, session, card(tenantId, resolved));
        });
  }

  /** What the widget's loader learns before any session exists. */
  public record WidgetEntry(AccountCard account, String chatUrl) {}

  @GET
  @Path("entry/{key}")
  @Operation(
      summary = "The entry point's account card for the widget; 403 origin-not-allowed from a page whose origin"
          + " is not on the entry point's allow-list (readable cross-origin, so the widget can say so)")
  public Response entry(@PathParam("key") String key, @HeaderParam("Origin") String origin) {
    UUID tenantId = entryPoints.tenantOfKey(key).orElseThrow(VisitorResource::noEntry);
    WidgetEntry entry =
        TenantContext.callAs(
            tenantId,
            () -> {
              EntryPoints.Resolved resolved = entryPoints.resolve(key).orElseThrow(VisitorResource::noEntry);
              origins.check(origin, resolved.entryPoint());
              return new WidgetEntry(card(tenantId, resolved), config.publicUrl() + "/c/" + key);
            });
    CacheControl cache = new CacheControl();
    cache.setNoCache(true); // "open" changes with business hours
    return Response.ok(entry).cacheControl(cache).build();
  }

  private AccountCard card(UUID tenantId, EntryPoints.Resolved resolved) {
    var account = resolved.account();
    return new AccountCard(
        account.id(), account.name(),
        account.avatarAttachmentId() == null ? null : links.url(tenantId, account.avatarAttachmentId()),
        account.welcomeMessage(), account.isOpen(clock.instant()), account.offHoursReply(),
        quotas.conversationsExhausted());
  }

  /** An email address, or a phone number of 6 to 20 digits with the usual separators. */
  static final String CONTACT = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+|\\+?[0-9(][0-9 ()./-]{4,28}[0-9]";

  public record LeaveRequest(
      @NotBlank @Size(max = 40) String entryKey,
      @Size(max = 128) String sceneParam,
      @Schema(description = "The visitor's token from an earlier chat, if any: the message is then linked to them")
          @Size(max = 200) String visitorToken,
      @NotBlank @Size(max = LeftMessage.MAX_NAME) String name,
      @NotBlank @Size(max = LeftMessage.MAX_CONTACT)
          @Pattern(regexp = CONTACT, message = "must be an email address or a phone number") String contact,
      @NotBlank @Size(max = LeftMessage.MAX_TEXT) String text) {}

  public record Left(UUID id, java.time.Instant createdAt) {}

  @POST
  @Path("left-messages")
  @Operation(
      summary = "Leave a message for the company instead of chatting (the widget offers it when no new"
          + " conversation can start); staff see it in GET /left-messages")
  public Response leave(@Valid @NotNull LeaveRequest request, @HeaderParam("Origin") String origin) {
    UUID tenantId = entryPoints.tenantOfKey(request.entryKey()).orElseThrow(VisitorResource::noEntry);
    Left left =
        TenantContext.callAs(
            tenantId,
            () -> {
              EntryPoints.Resolved resolved = entryPoints.resolve(request.entryKey()).orElseThrow(VisitorResource::noEntry);
              origins.check(origin, resolved.entryPoint());
              UUID customerId = tokens.verify(request.visitorToken())
                  .filter(h -> h.tenantId().equals(tenantId))
                  .flatMap(h -> customers.find(h.customerId()))
                  .map(Customer::id)
                  .orElse(null);
              LeftMessage m = leftMessages.leave(
                  new LeftMessage.Origin(resolved.account().id(), resolved.entryPoint().id(), request.sceneParam(), null, null),
                  customerId, request.name(), request.contact(), request.text());
              return new Left(m.id(), m.createdAt());
            });
    return Response.status(Response.Status.CREATED).entity(left).build();
  }

  @POST
  @Path("messages")
  @Operation(summary = "Send a message as the visitor (same clientMsgId twice is stored once)")
  public Response send(
      @HeaderParam(TOKEN_HEADER) String token,
      @HeaderParam("Origin") String origin,
      @Valid @NotNull VisitorMessage message) {
    VisitorTokens.Holder holder = holder(token);
    return as(
        holder,
        () -> {
          var content =
              inputs.parse(new MessageInput(message.clientMsgId(), message.type(), message.content()), true);
          VisitorChat.Posted posted =
              chat.send(holder.customerId(), message.sessionId(), origin, message.clientMsgId(), content);
          return Response.status(posted.duplicate() ? Response.Status.OK : Response.Status.CREATED)
              .entity(posted)
              .build();
        });
  }

  @GET
  @Path("messages")
  @Operation(summary = "The visitor's session and its messages after a sequence number")
  public VisitorChat.Page messages(
      @HeaderParam(TOKEN_HEADER) String token,
      @HeaderParam("Origin") String origin,
      @QueryParam("sessionId") UUID sessionId,
      @QueryParam("afterSeq") @DefaultValue("0") @Min(0) int afterSeq,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
    VisitorTokens.Holder holder = holder(token);
    if (sessionId == null) {
      throw ProblemException.invalid("sessionId", "must be given");
    }
    return as(holder, () -> chat.messages(holder.customerId(), sessionId, origin, afterSeq, limit));
  }

  @POST
  @Path("read")
  @Operation(
      summary = "Mark the visitor's session read up to a sequence number; the servicer hears it live. A lower"
          + " number than before changes nothing")
  public VisitorChat.ReadMark read(
      @HeaderParam(TOKEN_HEADER) String token,
      @HeaderParam("Origin") String origin,
      @Valid @NotNull VisitorRead request) {
    VisitorTokens.Holder holder = holder(token);
    return as(holder, () -> chat.read(holder.customerId(), request.sessionId(), origin, request.seq()));
  }

  @POST
  @Path("messages/{messageId}/recall")
  @Operation(summary = "Recall one of the visitor's own messages within 2 minutes of sending it")
  public MessageView recall(
      @HeaderParam(TOKEN_HEADER) String token,
      @HeaderParam("Origin") String origin,
      @PathParam("messageId") UUID messageId) {
    VisitorTokens.Holder holder = holder(token);
    return as(holder, () -> chat.recall(holder.customerId(), messageId, origin));
  }

  @POST
  @Path("attachments")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Upload a file to send in a message: the raw bytes as the body (fetch or XHR with a File),"
          + " ?sessionId=&kind=image|video|voice|file|sticker&name=; the type is read from the bytes")
  public Response upload(
      @HeaderParam(TOKEN_HEADER) String token,
      @HeaderParam("Origin") String origin,
      @HeaderParam("Content-Length") Long length,
      @HeaderParam("Content-Type") String type,
      @QueryParam("sessionId") UUID sessionId,
      @QueryParam("kind") String kind,
      @QueryParam("name") @Size(max = 1000) String name,
      InputStream body) {
    VisitorTokens.Holder holder = holder(token);
    if (sessionId == null) {
      throw ProblemException.invalid("sessionId", "must be given");
    }
    AttachmentKind parsed = Attachments.messageKind(kind);
    return as(
        holder,
        () -> {
          chat.requireAllowed(holder.customerId(), sessionId, origin);
          AttachmentView view =
              attachments.view(
                  attachments.upload(parsed, name, length, type, body, Uploader.customer(holder.customerId())));
          return Response.status(Response.Status.CREATED).entity(view).build();
        });
  }

  @GET
  @Path("entry/{key}/qr.png")
  @Produces("image/png")
  @Operation(summary = "The entry point's chat link as a QR code (PNG)")
  public Response qrPng(
      @PathParam("key") String key,
      @QueryParam("size") @DefaultValue("512") @Min(64) @Max(2048) int size,
      @QueryParam("sceneParam") @Size(max = 128) String sceneParam) {
    return qr(QrCodes.png(chatLink(key, sceneParam), size), "image/png");
  }

  @GET
  @Path("entry/{key}/qr.svg")
  @Produces("image/svg+xml")
  @Operation(summary = "The entry point's chat link as a QR code (SVG)")
  public Response qrSvg(@PathParam("key") String key, @QueryParam("sceneParam") @Size(max = 128) String sceneParam) {
    return qr(QrCodes.svg(chatLink(key, sceneParam)), "image/svg+xml");
  }

  private String chatLink(String key, String sceneParam) {
    UUID tenantId = entryPoints.tenantOfKey(key).orElseThrow(VisitorResource::noEntry);
    TenantContext.callAs(tenantId, () -> entryPoints.resolve(key).orElseThrow(VisitorResource::noEntry));
    String link = config.publicUrl() + "/c/" + key;
    return sceneParam == null || sceneParam.isEmpty()
        ? link
        : link + "?scene_param=" + URLEncoder.encode(sceneParam, StandardCharsets.UTF_8);
  }

  private static Response qr(Object body, String type) {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(3600);
    return Response.ok(body, type).cacheControl(cache).build();
  }

  /** The customer the request names, if they are known already (a valid token, or a verified identity). */
  private Optional<UUID> knownCustomer(UUID tenantId, OpenRequest request) {
    if (request.identity() != null) {
      return Optional.of(customerFor(tenantId, request));
    }
    return tokens.verify(request.visitorToken())
        .filter(h -> h.tenantId().equals(tenantId))
        .flatMap(h -> customers.find(h.customerId()))
        .map(Customer::id);
  }

  private UUID customerFor(UUID tenantId, OpenRequest request) {
    if (request.identity() != null) {
      Identity id = request.identity();
      if (!widgetSecrets.verifies(tenantId, id.userId(), id.hmac())) {
        throw ProblemException.unauthorized(
            "The visitor's identity signature does not match: sign the user id with HMAC-SHA256 and the company's"
                + " widget secret, hex-encoded.");
      }
      try {
        return customers.identified(id.userId(), id.name()).id();
      } catch (RuntimeException raced) { // a first sight at the same moment created them: read theirs
        return customers.identified(id.userId(), id.name()).id();
      }
    }
    return knownCustomer(tenantId, request).orElseGet(() -> {
      quotas.precheckConversation(); // a visitor refused a conversation leaves no customer record behind
      return customers.anonymous().id();
    });
  }

  private VisitorTokens.Holder holder(String token) {
    return tokens.verify(token)
        .orElseThrow(() -> ProblemException.unauthorized("Send the visitor token from opening the session in " + TOKEN_HEADER + "."));
  }

  private static <T> T as(VisitorTokens.Holder holder, Supplier<T> work) {
    return TenantContext.callAs(holder.tenantId(), work);
  }

  private static ProblemException nothingToResume() {
    return ProblemException.notFound("There is no open conversation to resume; open the chat to start one.");
  }

  private static ProblemException noEntry() {
    return ProblemException.notFound("This chat link is not valid (the entry point does not exist or was removed).");
  }
}
