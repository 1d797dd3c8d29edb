package dev.frontdesk.replies;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.database.UniqueViolations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The current tenant's canned replies as one member sees them: the company's and their own. Another member's
 * personal replies are as good as absent. Shortcuts are unique per scope, guarded by the database's unique key.
 */
@ApplicationScoped
public class CannedReplies {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Who is asking, and whether they may write the company-wide replies (admins and supervisors). */
  public record Editor(UUID memberId, boolean managesTenantReplies) {}

  /** A change; null fields stay as they are. */
  public record Changes(String shortcut, String title, String text) {}

  @Transactional
  public List<CannedReply> search(Editor editor, String q) {
    List<CannedReply> visible =
        em.createQuery(
                "select r from CannedReply r where r.ownerId is null or r.ownerId = :me", CannedReply.class)
            .setParameter("me", editor.memberId())
            .getResultList();
    return ReplySearch.filter(visible, q);
  }

  @Transactional
  public CannedReply create(Editor editor, ReplyScope scope, String shortcut, String title, String text) {
    requireWritable(editor, scope);
    CannedReply reply =
        new CannedReply(scope == ReplyScope.TENANT ? null : editor.memberId(), shortcut, title, text,
            clock.instant());
    return flushed(() -> em.persist(reply), reply);
  }

  @Transactional
  public CannedReply update(Editor editor, UUID id, Changes changes) {
    CannedReply reply = visible(editor, id);
    requireWritable(editor, reply.scope());
    return flushed(() -> reply.change(changes.shortcut(), changes.title(), changes.text(), clock.instant()), reply);
  }

  @Transactional
  public void delete(Editor editor, UUID id) {
    CannedReply reply = visible(editor, id);
    requireWritable(editor, reply.scope());
    em.remove(reply);
  }

  private CannedReply visible(Editor editor, UUID id) {
    CannedReply reply = em.find(CannedReply.class, id);
    if (reply == null || (reply.ownerId() != null && !reply.ownerId().equals(editor.memberId()))) {
      throw ProblemException.notFound("No canned reply " + id + " that you can see.");
    }
    return reply;
  }

  private static void requireWritable(Editor editor, ReplyScope scope) {
    if (scope == ReplyScope.TENANT && !editor.managesTenantReplies()) {
      throw ProblemException.forbidden(
          "Only admins and supervisors write the company's canned replies; add a personal one instead.");
    }
  }

  private CannedReply flushed(Runnable change, CannedReply reply) {
    try {
      change.run();
      em.flush();
      return reply;
    } catch (PersistenceException e) {
      String taken = reply.scope() == ReplyScope.TENANT
          ? "The company already has a canned reply with the shortcut '" + reply.shortcut() + "'."
          : "You already have a canned reply with the shortcut '" + reply.shortcut() + "'.";
      throw UniqueViolations.translate(e, Map.of("canned_replies_shortcut_key", taken));
    }
  }
}
