package dev.frontdesk.conversation;

import dev.frontdesk.accounts.Accounts;
import dev.frontdesk.accounts.CsAccount;
import dev.frontdesk.api.ProblemException;
import dev.frontdesk.events.EventLog;
import dev.frontdesk.events.EventType;
import dev.frontdesk.events.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The conversation engine's one path: every message, whatever its source, is persisted, given the session's
 * next sequence number, routed, and published, in one transaction. Locks are always taken account first, then
 * session, the same order reception uses, so the two never deadlock.
 */
@ApplicationScoped
public class Conversations {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Accounts accounts;
  @Inject EventLog events;
  @Inject MessageViews views;
  @Inject SendFailures sendFailures;
  @Inject MediaLinks mediaLinks;
  @Inject Event<RoutingRequested> routing;
  @Inject Event<RoutingRequested.AfterCommit> routeAfterCommit;
  @Inject Event<AssistantTurn> assistantTurns;
  @Inject Event<ChannelDelivery> channelDeliveries;
  @Inject ChannelWindows channelWindows;
  @Inject Event<Metered.SessionStarted> sessionsStarted;
  @Inject Event<Metered.MessageStored> messagesStored;
  @Inject dev.frontdesk.billing.Quotas quotas;

  /** What happened to an inbound message: stored now, or the copy stored by an earlier identical send. */
  public record Accepted(Message message, Session session, boolean duplicate) {}

  /**
   * A customer arrives through an entry point: their open session with the account, or a new one (state new,
   * with the welcome message) linked to their previous one. Records {@code enter_session} either way. A new
   * one past the plan's hard conversation limit is refused (quota-exceeded); resuming the open one never is.
   */
  @Transactional
  public Session enter(UUID customerId, UUID accountId, Session.Entry entry) {
    em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE); // one open session per customer
    CsAccount account = accounts.get(accountId);
    Session session = openSession(customerId, accountId).orElse(null);
    if (session == null) {
      session = start(account, customerId, entry, latestSession(customerId, accountId).map(Session::id).orElse(null));
    }
    events.record(
        EventType.ENTER_SESSION,
        subject(session, null),
        new EnterSession(session.id(), accountId, customerId, entry.entryPointId(), entry.scene(), entry.sceneParam()));
    return session;
  }

  /**
   * A customer writes through a channel plugin. With a thread key, the thread's open session, else a new one
   * for the thread (a customer may have several email threads open at once); without one, as {@link #enter}.
   */
  @Transactional
  public Session enterThroughChannel(UUID customerId, UUID accountId, Session.Channel channel) {
    Session.Entry entry = new Session.Entry(null, channel.name(), null);
    if (channel.threadKey() == null) {
      Session s = enter(customerId, accountId, entry);
      if (s.channel() == null) { // a channel's customer has sessions through that channel only
        s.throughChannel(channel);
      }
      return s;
    }
    em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE); // one session per thread
    Optional<Session> open =
        em.createQuery(
                "select s from Session s where s.channelPluginId = :p and s.threadKey = :t and s.customerId = :c"
                    + " and s.accountId = :a and s.state <> :closed",
                Session.class)
            .setParameter("p", channel.pluginId())
            .setParameter("t", channel.threadKey())
            .setParameter("c", customerId)
            .setParameter("a", accountId)
            .setParameter("closed", SessionState.CLOSED)
            .getResultStream()
            .findFirst();
    if (open.isPresent()) {
      return open.get();
    }
    UUID previous = latestSession(customerId, accountId).map(Session::id).orElse(null);
    Session session = start(accounts.get(accountId), customerId, entry, previous);
    session.throughChannel(channel);
    events.record(
        EventType.ENTER_SESSION,
        subject(session, null),
        new EnterSession(session.id(), accountId, customerId, null, entry.scene(), null));
    return session;
  }

  /** The payload of {@code enter_session}. */
  public record EnterSession(
      UUID sessionId, UUID accountId, UUID customerId, UUID entryPointId, String scene, String sceneParam) {}

  @Transactional
  public Accepted accept(Inbound in) {
    Session session = em.find(Session.class, in.sessionId());
    if (session == null) {
      throw ProblemException.notFound("No session " + in.sessionId() + ".");
    }
    boolean fromCustomer = in.sender().type() == SenderType.CUSTOMER;
    // Only a customer's message into a new or closed session can need routing, and routing needs the account's
    // lock, taken before the session's. Other messages (the most) leave the account unlocked.
    boolean accountLocked =
        fromCustomer && (session.state() == SessionState.NEW || session.state() == SessionState.CLOSED);
    CsAccount account =
        accountLocked
            ? accounts.lockForRouting(session.accountId())
            : em.find(CsAccount.class, session.accountId());
    em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
    if (accountLocked && !session.accountId().equals(account.id())) { // transferred before we locked it
      accountLocked = false;
      account = em.find(CsAccount.class, session.accountId());
    }

    Optional<Message> duplicate = duplicateOf(in);
    if (duplicate.isPresent()) {
      Message m = duplicate.get();
      return new Accepted(m, em.find(Session.class, m.sessionId()), true);
    }
    in.guard().check(session);
    if (in.content().toJson().length() > Message.MAX_BODY) { // escaping can make valid-sized fields longer
      throw ProblemException.invalid(
          "content", "is too large: at most " + Message.MAX_BODY + " characters once encoded as JSON");
    }
    Instant now = clock.instant();
    if (fromCustomer && session.state() == SessionState.CLOSED) {
      session = continuation(account, session);
    }
    Session.Channel channel = session.channel();
    boolean countsAgainstWindow =
        channel != null ? in.sender().type().business() && in.sender().type() != SenderType.SYSTEM
            : countsAgainstWindow(in.sender(), session);
    if (countsAgainstWindow) {
      String refusal =
          channel != null ? channelWindows.refusal(session, now)
              : account.sendWindow().refusal(session.lastCustomerMessageAt(), session.businessSends(), now);
      if (refusal != null) {
        sendFailures.record(session, in.clientMsgId(), refusal);
        throw SendRefused.of(refusal);
      }
    }
    MessageContent content = in.content();
    if (content instanceof MessageContent.Media media) {
      content = mediaLinks.resolve(media, in.sender(), session.id());
    }
    Message message = new Message(session.id(), session.nextSeq(), in.sender(), in.clientMsgId(), content, now);
    em.persist(message);
    messagesStored.fire(new Metered.MessageStored(message.id(), in.sender().type(), now));
    if (fromCustomer) {
      session.customerWrote(now);
      em.find(Customer.class, session.customerId()).seen(now, null);
    } else {
      session.businessWrote(now, countsAgainstWindow);
    }
    em.flush();
    events.record(EventType.MESSAGE, subject(session, message.seq()), views.of(message, session));
    if (fromCustomer && session.state() == SessionState.ASSISTANT) {
      assistantTurns.fire(new AssistantTurn(account.tenantId(), session.id(), message.seq()));
    }
    if (!fromCustomer && channel != null && in.sender().type() != SenderType.SYSTEM) {
      channelDeliveries.fire(new ChannelDelivery(account.tenantId(), session.id(), message.id()));
    }
    if (fromCustomer && session.state() == SessionState.NEW) {
      if (accountLocked) {
        routing.fire(new RoutingRequested(account, session));
      } else { // it closed after it was read: taking the account lock now could deadlock with reception
        routeAfterCommit.fire(new RoutingRequested.AfterCommit(account.tenantId(), account.id(), session.id()));
      }
    }
    return new Accepted(message, session, false);
  }

  /** The subject of an event about this session, for routing it to live connections. */
  public static Subject subject(Session s, Integer seq) {
    return new Subject(s.id(), s.accountId(), s.customerId(), s.servicerId(), seq);
  }

  /** System messages and humans answering an active session are not limited; everything else is. */
  private static boolean countsAgainstWindow(Sender sender, Session session) {
    return switch (sender.type()) {
      case CUSTOMER, SYSTEM -> false;
      case SERVICER -> session.state() != SessionState.HUMAN;
      case API, ASSISTANT -> true;
    };
  }

  /** Every new conversation starts here, so the plan's conversation limit is checked here (402 past it). */
  private Session start(CsAccount account, UUID customerId, Session.Entry entry, UUID previousSessionId) {
    quotas.allowConversation();
    Instant now = clock.instant();
    Session session = new Session(account.id(), customerId, entry, previousSessionId, now);
    em.persist(session);
    em.flush();
    sessionsStarted.fire(new Metered.SessionStarted(session.id(), now));
    if (previousSessionId != null) {
      events.record(
          EventType.SESSION_STATUS_CHANGE,
          subject(session, null),
          new SessionChange(
              session.id(), account.id(), customerId, "reopened", SessionState.CLOSED.code(),
              SessionState.NEW.code(), null, null, previousSessionId, null));
    }
    if (account.welcomeMessage() != null) {
      Message welcome =
          new Message(session.id(), session.nextSeq(), Sender.SYSTEM, null,
              MessageContent.Text.of(account.welcomeMessage()), now);
      em.persist(welcome);
      em.flush();
      events.record(EventType.MESSAGE, subject(session, welcome.seq()), views.of(welcome, session));
    }
    return session;
  }

  /**
   * Where a customer's message into a closed session goes (an old tab, a late reply): their open session with
   * the account if they have one, else a new one linked to their latest.
   */
  private Session continuation(CsAccount account, Session closed) {
    // the customer's lock, as in enter(): a chat opening at the same moment finds this session, or this finds its
    em.find(Customer.class, closed.customerId(), LockModeType.PESSIMISTIC_WRITE);
    Optional<Session> open = openSession(closed.customerId(), closed.accountId());
    if (open.isPresent()) {
      em.refresh(open.get(), LockModeType.PESSIMISTIC_WRITE);
      return open.get();
    }
    UUID latest = latestSession(closed.customerId(), closed.accountId()).map(Session::id).orElse(closed.id());
    return start(account, closed.customerId(), closed.entry(), latest);
  }

  private Optional<Message> duplicateOf(Inbound in) {
    return in.clientMsgId() == null ? Optional.empty() : stored(in.sender(), in.clientMsgId());
  }

  private Optional<Message> stored(Sender sender, String clientMsgId) {
    return em.createQuery(
            "select m from Message m where m.senderRef = :ref and m.clientMsgId = :id", Message.class)
        .setParameter("ref", sender.ref())
        .setParameter("id", clientMsgId)
        .getResultStream()
        .findFirst();
  }

  /** The message a sender already sent with this client id, if any (a channel's re-delivery). */
  @Transactional
  public Optional<Accepted> earlier(Sender sender, String clientMsgId) {
    return stored(sender, clientMsgId).map(m -> new Accepted(m, em.find(Session.class, m.sessionId()), true));
  }

  /** The customer's session with the account that is not closed, if any (there is at most one). */
  public Optional<Session> openSession(UUID customerId, UUID accountId) {
    return em.createQuery(
            "select s from Session s where s.customerId = :c and s.accountId = :a and s.state <> :closed",
            Session.class)
        .setParameter("c", customerId)
        .setParameter("a", accountId)
        .setParameter("closed", SessionState.CLOSED)
        .getResultStream()
        .findFirst();
  }

  Optional<Session> latestSession(UUID customerId, UUID accountId) {
    return em.createQuery(
            "select s from Session s where s.customerId = :c and s.accountId = :a order by s.createdAt desc",
            Session.class)
        .setParameter("c", customerId)
        .setParameter("a", accountId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
