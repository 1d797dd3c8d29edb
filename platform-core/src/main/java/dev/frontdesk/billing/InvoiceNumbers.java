package dev.frontdesk.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Invoice numbers, sequential across the platform without gaps: the counter row is locked and advanced in the
 * transaction that issues the invoice, so a rolled-back invoice gives its number back.
 */
@ApplicationScoped
public class InvoiceNumbers {

  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.MANDATORY)
  public String next(Instant issuedAt) {
    long n = ((Number) em.createNativeQuery("select next from invoice_counter where id = 1 for update").getSingleResult()).longValue();
    em.createNativeQuery("update invoice_counter set next = next + 1 where id = 1").executeUpdate();
    return String.format("FD-%d-%06d", issuedAt.atZone(ZoneOffset.UTC).getYear(), n);
  }

  /** Records whose invoice it is, for platform-wide look-ups (the platform admin marking it paid). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void register(Invoice invoice, UUID tenantId) {
    em.createNativeQuery("insert into invoice_registry (invoice_id, tenant_id, number) values (?1, ?2, ?3)")
        .setParameter(1, invoice.id())
        .setParameter(2, tenantId)
        .setParameter(3, invoice.number())
        .executeUpdate();
  }

  /** The company an invoice belongs to. */
  @Transactional
  public Optional<UUID> tenantOf(UUID invoiceId) {
    return em.createNativeQuery("select tenant_id from invoice_registry where invoice_id = ?1")
        .setParameter(1, invoiceId)
        .getResultStream()
        .findFirst()
        .map(v -> v instanceof UUID u ? u : UUID.fromString(v.toString()));
  }
}
