package dev.frontdesk.accounts;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.attachments.Attachments;
import dev.frontdesk.reception.ReceptionPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The current tenant's CS accounts. */
@ApplicationScoped
public class Accounts {

  @Inject dev.frontdesk.billing.Quotas quotas;
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<AccountDeleted> deleted;
  @Inject Attachments attachments;

  /** Fired inside the deleting transaction, so its open sessions close with it. */
  public record AccountDeleted(UUID accountId) {}

  @Transactional
  public List<CsAccount> list() {
    return em.createQuery(
            "select a from CsAccount a where a.deletedAt is null order by lower(a.name), a.createdAt",
            CsAccount.class)
        .getResultList();
  }

  @Transactional
  public CsAccount get(UUID id) {
    CsAccount account = em.find(CsAccount.class, id);
    if (account == null || account.deleted()) {
      throw ProblemException.notFound("No customer-service account " + id + " in your company.");
    }
    return account;
  }

  /** The account, locked: every change of an account runs under its row lock, as routing does. */
  private CsAccount getForUpdate(UUID id) {
    CsAccount account = em.find(CsAccount.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (account == null || account.deleted()) {
      throw ProblemException.notFound("No customer-service account " + id + " in your company.");
    }
    return account;
  }

  /** The account locked for routing: every assignment decision of one account runs under this lock. */
  @Transactional(Transactional.TxType.MANDATORY)
  public CsAccount lockForRouting(UUID id) {
    CsAccount account = em.find(CsAccount.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (account == null) {
      throw ProblemException.notFound("No customer-service account " + id + " in your company.");
    }
    return account;
  }

  @Transactional
  public CsAccount create(AccountRequests.Account request) {
    if (request.name() == null || request.name().isBlank()) {
      throw ProblemException.invalid("name", "must not be blank");
    }
    quotas.allowAnotherAccount();
    CsAccount account = new CsAccount(clock.instant());
    apply(account, request);
    em.persist(account);
    return account;
  }

  @Transactional
  public CsAccount update(UUID id, AccountRequests.Account request) {
    CsAccount account = getForUpdate(id);
    apply(account, request);
    return account;
  }

  @Transactional
  public CsAccount setPolicy(UUID id, AccountRequests.Policy request) {
    CsAccount account = getForUpdate(id);
    account.setPolicy(
        new ReceptionPolicy(
            request.routingMode(),
            request.servicerCap(),
            request.preferLastServicer(),
            request.preferLastDays(),
            request.inactivityCloseMinutes()));
    SendWindow current = account.sendWindow();
    account.setSendWindow(
        new SendWindow(
            request.sendWindowMessages() != null ? request.sendWindowMessages() : current.messages(),
            request.sendWindowHours() != null
                ? Duration.ofHours(request.sendWindowHours())
                : current.length()));
    return account;
  }

  /** Makes an uploaded avatar the account's; the avatar it replaces is deleted. */
  @Transactional
  public CsAccount setAvatar(UUID id, UUID attachmentId) {
    CsAccount account = getForUpdate(id);
    UUID previous = account.avatarAttachmentId();
    attachments.useAsAvatar(attachmentId);
    account.setAvatarAttachmentId(attachmentId);
    if (previous != null && !previous.equals(attachmentId)) {
      em.flush(); // the account lets go of the old avatar before it is deleted
      attachments.discard(previous);
    }
    return account;
  }

  @Transactional
  public void delete(UUID id) {
    CsAccount account = getForUpdate(id);
    account.markDeleted(clock.instant());
    deleted.fire(new AccountDeleted(id));
  }

  private static void apply(CsAccount account, AccountRequests.Account request) {
    if (request.name() != null) {
      if (request.name().isBlank()) {
        throw ProblemException.invalid("name", "must not be blank");
      }
      account.setName(request.name());
    }
    if (request.welcomeMessage() != null) {
      account.setWelcomeMessage(request.welcomeMessage());
    }
    if (request.businessHours() != null) {
      try {
        request.businessHours().validate();
      } catch (IllegalArgumentException e) {
        String message = e.getMessage();
        int colon = message.indexOf(": ");
        throw colon > 0
            ? ProblemException.invalid(message.substring(0, colon), message.substring(colon + 2))
            : ProblemException.invalid("businessHours", message);
      }
      account.setBusinessHours(request.businessHours().days().isEmpty() ? null : request.businessHours());
    }
    if (request.offHoursReply() != null) {
      account.setOffHoursReply(request.offHoursReply());
    }
    if (request.assistantEnabled() != null) {
      account.setAssistantEnabled(request.assistantEnabled());
    }
  }
}
