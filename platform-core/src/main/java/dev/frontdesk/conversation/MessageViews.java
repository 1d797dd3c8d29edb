package dev.frontdesk.conversation;

import dev.frontdesk.accounts.CsAccount;
import dev.frontdesk.identity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;

/** Renders messages for readers, resolving who wrote them. */
@ApplicationScoped
public class MessageViews {

  @PersistenceContext EntityManager em;
  @Inject MediaLinks media;

  @Transactional(Transactional.TxType.MANDATORY)
  public MessageView of(Message m, Session session) {
    Sender sender = m.sender();
    return new MessageView(
        m.id(),
        m.sessionId(),
        session.customerId(),
        m.seq(),
        m.type().apiName(),
        m.recalledAt() == null ? media.present(m.content()) : null,
        new MessageView.SenderView(
            sender.type().name().toLowerCase(Locale.ROOT), sender.id(), nameOf(sender, session)),
        m.clientMsgId(),
        m.createdAt(),
        m.recalledAt());
  }

  private String nameOf(Sender sender, Session session) {
    return switch (sender.type()) {
      case SERVICER -> {
        Member member = sender.id() == null ? null : em.find(Member.class, sender.id());
        yield member == null ? "Former staff member" : member.name();
      }
      case CUSTOMER -> {
        Customer customer = em.find(Customer.class, session.customerId());
        yield customer == null || customer.name() == null ? "Visitor" : customer.name();
      }
      case SYSTEM -> {
        CsAccount account = em.find(CsAccount.class, session.accountId());
        yield account == null ? "Customer service" : account.name();
      }
      case ASSISTANT -> "Assistant";
      case API -> "API";
    };
  }
}
