package dev.frontdesk.visitor;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.conversation.Conversations;
import dev.frontdesk.conversation.Inbound;
import dev.frontdesk.conversation.Message;
import dev.frontdesk.conversation.MessageContent;
import dev.frontdesk.conversation.MessageView;
import dev.frontdesk.conversation.MessageViews;
import dev.frontdesk.conversation.Reads;
import dev.frontdesk.conversation.Recalls;
import dev.frontdesk.conversation.Sender;
import dev.frontdesk.conversation.Session;
import dev.frontdesk.conversation.SessionView;
import dev.frontdesk.conversation.Transcripts;
import dev.frontdesk.entry.EntryPoint;
import dev.frontdesk.reception.SessionViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What a visitor can do in their chat, each in one transaction of the entry point's tenant. */
@ApplicationScoped
public class VisitorChat {

  @PersistenceContext EntityManager em;
  @Inject Conversations conversations;
  @Inject MessageViews views;
  @Inject Transcripts transcripts;
  @Inject SessionViews sessionViews;
  @Inject VisitorOrigins origins;
  @Inject Recalls recalls;
  @Inject Reads reads;

  public record Posted(MessageView message, SessionView session, boolean duplicate) {}

  @Transactional
  public SessionView enter(UUID customerId, EntryPoint entry, String sceneParam) {
    Session session =
        conversations.enter(
            customerId, entry.accountId(), new Session.Entry(entry.id(), entry.scene(), sceneParam));
    return view(session);
  }

  /** The customer's open session with the entry point's account, if any: nothing is created or recorded. */
  @Transactional
  public Optional<SessionView> resume(UUID customerId, EntryPoint entry) {
    return conversations.openSession(customerId, entry.accountId()).map(this::view);
  }

  @Transactional
  public Posted send(UUID customerId, UUID sessionId, String origin, String clientMsgId, MessageContent content) {
    allowedFrom(origin, ownSession(customerId, sessionId));
    Conversations.Accepted accepted =
        conversations.accept(new Inbound(sessionId, Sender.customer(customerId), clientMsgId, content));
    return new Posted(
        views.of(accepted.message(), accepted.session()), view(accepted.session()), accepted.duplicate());
  }

  public record Page(SessionView session, List<MessageView> messages) {}

  @Transactional
  public Page messages(UUID customerId, UUID sessionId, String origin, int afterSeq, int limit) {
    Session session = ownSession(customerId, sessionId);
    allowedFrom(origin, session);
    return new Page(view(session), transcripts.after(session, afterSeq, limit));
  }

  /** The session as the visitor sees it (state, queue position), if it is theirs and the origin may open it. */
  @Transactional
  public SessionView session(UUID customerId, UUID sessionId, String origin) {
    Session session = ownSession(customerId, sessionId);
    allowedFrom(origin, session);
    return view(session);
  }

  /** Recalls one of the visitor's own messages (within the recall window). */
  @Transactional
  public MessageView recall(UUID customerId, UUID messageId, String origin) {
    Message message = em.find(Message.class, messageId);
    if (message == null) {
      throw ProblemException.notFound("No message " + messageId + " for this visitor.");
    }
    Session session = ownSession(customerId, message.sessionId());
    allowedFrom(origin, session);
    return recalls.recall(session.id(), messageId, new Recalls.Recaller(Sender.customer(customerId), false));
  }

  /** How far the visitor has read a session: {@code customerReadSeq} never goes back. */
  public record ReadMark(UUID sessionId, int customerReadSeq) {}

  /** The visitor read their session up to {@code seq} (a lower mark than before changes nothing). */
  @Transactional
  public ReadMark read(UUID customerId, UUID sessionId, String origin, int seq) {
    Session session = ownSession(customerId, sessionId);
    allowedFrom(origin, session);
    Session read = reads.customerRead(session, seq);
    return new ReadMark(read.id(), read.customerReadSeq());
  }

  /** Refuses a request from a page the session's entry point does not allow; for uploads before they are sent. */
  @Transactional
  public void requireAllowed(UUID customerId, UUID sessionId, String origin) {
    allowedFrom(origin, ownSession(customerId, sessionId));
  }

  /** The session if it is this customer's; another customer's session is as good as absent. */
  @Transactional
  public Session ownSession(UUID customerId, UUID sessionId) {
    Session session = sessionId == null ? null : em.find(Session.class, sessionId);
    if (session == null || !session.customerId().equals(customerId)) {
      throw ProblemException.notFound("No session " + sessionId + " for this visitor.");
    }
    return session;
  }

  private void allowedFrom(String origin, Session session) {
    UUID entryPointId = session.entry().entryPointId();
    EntryPoint entry = entryPointId == null ? null : em.find(EntryPoint.class, entryPointId);
    if (entry != null) {
      origins.check(origin, entry);
    }
  }

  private SessionView view(Session s) {
    return sessionViews.of(s);
  }
}
