package dev.frontdesk.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reading a session's messages in sequence order, for catching up after {@code afterSeq}. */
@ApplicationScoped
public class Transcripts {

  public static final int MAX_PAGE = 500;

  @PersistenceContext EntityManager em;
  @Inject MessageViews views;

  @Transactional(Transactional.TxType.MANDATORY)
  public List<MessageView> after(Session session, int afterSeq, int limit) {
    return em.createQuery(
            "select m from Message m where m.sessionId = :s and m.seq > :after order by m.seq", Message.class)
        .setParameter("s", session.id())
        .setParameter("after", afterSeq)
        .setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE)))
        .getResultList()
        .stream()
        .map(m -> views.of(m, session))
        .toList();
  }
}
