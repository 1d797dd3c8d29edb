package dev.frontdesk.workspace;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.accounts.Servicers;
import dev.frontdesk.conversation.Conversations;
import dev.frontdesk.conversation.Inbound;
import dev.frontdesk.conversation.MessageContent;
import dev.frontdesk.conversation.MessageView;
import dev.frontdesk.conversation.MessageViews;
import dev.frontdesk.conversation.Reads;
import dev.frontdesk.conversation.Recalls;
import dev.frontdesk.conversation.Sender;
import dev.frontdesk.conversation.Session;
import dev.frontdesk.conversation.SessionState;
import dev.frontdesk.conversation.SessionView;
import dev.frontdesk.conversation.Transcripts;
import dev.frontdesk.identity.Member;
import dev.frontdesk.identity.Role;
import dev.frontdesk.reception.SessionViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Sessions as staff see them. Supervisors and admins see every session of the company; an agent sees the
 * sessions of the accounts they serve and the ones assigned to them, and writes only in their own.
 */
@ApplicationScoped
public class Inbox {

  @PersistenceContext EntityManager em;
  @Inject Servicers servicers;
  @Inject SessionViews sessionViews;
  @Inject Conversations conversations;
  @Inject MessageViews views;
  @Inject Transcripts transcripts;
  @Inject Recalls recalls;
  @Inject Reads reads;

  /** Who is asking: the member, and whether they oversee everything. */
  public record Viewer(UUID memberId, boolean supervises) {

    /** The company itself (an API client): sees every session, serves none. */
    public static final Viewer COMPANY = new Viewer(null, true);
  }

  public record Posted(MessageView message, boolean duplicate) {}

  @Transactional
  public List<SessionView> list(Viewer viewer, SessionState state, boolean mine, UUID accountId, int limit) {
    StringBuilder jpql = new StringBuilder("select s from Session s where 1 = 1");
    if (state != null) {
      jpql.append(" and s.state = :state");
    }
    if (mine) {
      jpql.append(" and s.servicerId = :me");
    } else if (!viewer.supervises()) {
      jpql.append(" and (s.servicerId = :me or s.accountId in :served)");
    }
    if (accountId != null) {
      jpql.append(" and s.accountId = :account");
    }
    jpql.append(" order by s.lastActivityAt desc, s.id");
    TypedQuery<Session> q = em.createQuery(jpql.toString(), Session.class).setMaxResults(limit);
    if (state != null) {
      q.setParameter("state", state);
    }
    if (mine || !viewer.supervises()) {
      q.setParameter("me", viewer.memberId());
    }
    if (!mine && !viewer.supervises()) {
      Set<UUID> served = servicers.accountsOf(viewer.memberId());
      q.setParameter("served", served.isEmpty() ? Set.of(new UUID(0, 0)) : served);
    }
    if (accountId != null) {
      q.setParameter("account", accountId);
    }
    return q.getResultList().stream().map(this::view).toList();
  }

  @Transactional
  public SessionView get(Viewer viewer, UUID sessionId) {
    return view(visible(viewer, sessionId));
  }

  @Transactional
  public List<MessageView> messages(Viewer viewer, UUID sessionId, int afterSeq, int limit) {
    return transcripts.after(visible(viewer, sessionId), afterSeq, limit);
  }

  @Transactional
  public Posted send(Viewer viewer, UUID sessionId, String clientMsgId, MessageContent content) {
    visible(viewer, sessionId);
    Conversations.Accepted accepted =
        conversations.accept(
            new Inbound(sessionId, Sender.servicer(viewer.memberId()), clientMsgId, content,
                locked -> requireWritable(viewer, locked)));
    return new Posted(views.of(accepted.message(), accepted.session()), accepted.duplicate());
  }

  /** Checked under the session's lock, so a close or transfer that commits first is not written past. */
  private static void requireWritable(Viewer viewer, Session session) {
    boolean own = session.state() == SessionState.HUMAN && viewer.memberId().equals(session.servicerId());
    if (!own && !viewer.supervises()) {
      throw ProblemException.forbidden("Only the servicer this session is assigned to can write in it; claim it first.");
    }
    if (session.state() == SessionState.CLOSED) {
      throw ProblemException.conflict("This session is closed; the customer starts a new one when they write again.");
    }
  }

  /** Recalls a message: the viewer's own, or, for supervisors, any servicer's. */
  @Transactional
  public MessageView recall(Viewer viewer, UUID sessionId, UUID messageId) {
    visible(viewer, sessionId);
    return recalls.recall(
        sessionId, messageId, new Recalls.Recaller(Sender.servicer(viewer.memberId()), viewer.supervises()));
  }

  /**
   * Whether the member may still watch the workspace, and whether as a supervisor; empty once they may not
   * (removed, or no longer staff). Open connections re-check this, since their ticket was checked only once.
   */
  @Transactional
  public Optional<Boolean> standing(UUID memberId) {
    Member member = em.find(Member.class, memberId);
    if (member == null || member.status() != Member.Status.ACTIVE
        || member.roles().stream().noneMatch(Role.STAFF::contains)) {
      return Optional.empty();
    }
    return Optional.of(member.roles().contains(Role.TENANT_ADMIN) || member.roles().contains(Role.SUPERVISOR));
  }

  /** Staff read the session up to {@code seq}; the answer is the session as it is now. */
  @Transactional
  public SessionView read(Viewer viewer, UUID sessionId, int seq) {
    return view(reads.staffRead(visible(viewer, sessionId), seq));
  }

  /** The session if the viewer may see it; otherwise as good as absent. */
  @Transactional
  public Session visible(Viewer viewer, UUID sessionId) {
    Session s = em.find(Session.class, sessionId);
    boolean allowed =
        s != null
            && (viewer.supervises()
                || viewer.memberId().equals(s.servicerId())
                || servicers.accountsOf(viewer.memberId()).contains(s.accountId()));
    if (!allowed) {
      throw ProblemException.notFound("No session " + sessionId + " that you can see.");
    }
    return s;
  }

  /** The session as it is now, for answering an action the caller was just allowed to take. */
  @Transactional
  public SessionView view(UUID sessionId) {
    return view(em.find(Session.class, sessionId));
  }

  private SessionView view(Session s) {
    return sessionViews.of(s);
  }
}
