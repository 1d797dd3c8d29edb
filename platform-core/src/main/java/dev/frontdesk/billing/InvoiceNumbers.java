package dev.frontdesk.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;

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
}
