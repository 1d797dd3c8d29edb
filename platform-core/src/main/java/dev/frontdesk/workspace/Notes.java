package dev.frontdesk.workspace;

import dev.frontdesk.conversation.Conversations;
import dev.frontdesk.conversation.Session;
import dev.frontdesk.events.EventLog;
import dev.frontdesk.events.EventType;
import dev.frontdesk.events.Subject;
import dev.frontdesk.identity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Internal notes on sessions, for the staff who may see the session. Each new note is announced live to them (a
 * {@code note} signal, not stored in the event log, so neither sync, webhooks nor visitors ever carry it).
 */
@ApplicationScoped
public class Notes {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Inbox inbox;
  @Inject EventLog events;

  /** A session's notes, oldest first. */
  @Transactional
  public List<NoteView> list(Inbox.Viewer viewer, UUID sessionId) {
    inbox.visible(viewer, sessionId);
    List<SessionNote> notes =
        em.createQuery(
                "select n from SessionNote n where n.sessionId = :s order by n.createdAt, n.id", SessionNote.class)
            .setParameter("s", sessionId)
            .getResultList();
    Map<UUID, String> names = names(notes.stream().map(SessionNote::authorId).collect(Collectors.toSet()));
    return notes.stream().map(n -> NoteView.of(n, names.get(n.authorId()))).toList();
  }

  @Transactional
  public NoteView add(Inbox.Viewer viewer, UUID sessionId, String text) {
    Session session = inbox.visible(viewer, sessionId);
    SessionNote note = new SessionNote(session.id(), viewer.memberId(), text.strip(), clock.instant());
    em.persist(note);
    em.flush();
    NoteView view = NoteView.of(note, names(List.of(viewer.memberId())).get(viewer.memberId()));
    Subject subject = Conversations.subject(session, null);
    NoteView live = view;
    while (!events.signalFits(EventType.NOTE, subject, live)) {
      live = live.shortened(); // a long note in a multi-byte script; the list has it whole
    }
    events.signal(EventType.NOTE, subject, live);
    return view;
  }

  private Map<UUID, String> names(Collection<UUID> memberIds) {
    if (memberIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select m from Member m where m.id in :ids", Member.class)
        .setParameter("ids", memberIds)
        .getResultStream()
        .collect(Collectors.toMap(Member::id, Member::name));
  }
}
