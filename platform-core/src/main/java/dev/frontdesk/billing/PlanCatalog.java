package dev.frontdesk.billing;

import dev.frontdesk.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The platform's plans: the latest version of each is on sale; older versions stay for their subscribers. */
@ApplicationScoped
public class PlanCatalog {

  static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");
  /** Plans are listed cheapest first, by monthly price, then their sort order. */
  static final Comparator<Plan> CHEAPEST_FIRST =
      Comparator.comparingLong((Plan p) -> p.terms().monthlyPrice()).thenComparing(p -> p.terms().sortOrder());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional
  public List<Plan> onSale() {
    return em.createQuery("select p from Plan p where p.latest = true", Plan.class).getResultList().stream()
        .sorted(CHEAPEST_FIRST)
        .toList();
  }

  @Transactional
  public Optional<Plan> latest(String code) {
    return em.createQuery("select p from Plan p where p.code = :c and p.latest = true", Plan.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  /**
   * What a company falls back to when it stops paying (cancelled, or past due): the cheapest plan on sale in its
   * currency that costs nothing, if there is one.
   */
  @Transactional
  public Optional<Plan> fallback(String currency) {
    return onSale().stream()
        .filter(p -> p.terms().currency().equals(currency))
        .filter(p -> p.terms().monthlyPrice() == 0 && p.terms().yearlyPrice() == 0)
        .findFirst();
  }

  @Transactional
  public Plan get(UUID id) {
    Plan p = em.find(Plan.class, id);
    if (p == null) {
      throw ProblemException.notFound("No plan " + id + ".");
    }
    return p;
  }

  /** A new plan; 409 when the code is taken. */
  @Transactional
  public Plan create(String code, PlanTerms terms) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw ProblemException.invalid("code", "use 2 to 40 lowercase letters, digits or hyphens, starting with a letter");
    }
    if (latest(code).isPresent()) {
      throw ProblemException.conflict("A plan with code '" + code + "' exists; change it with PUT /api/v1/platform/plans/" + code + ".");
    }
    Plan p = new Plan(code, 1, terms, clock.instant());
    em.persist(p);
    return p;
  }

  /** New terms for a plan: a new version on sale from now; subscribers keep theirs until they renew. */
  @Transactional
  public Plan revise(String code, PlanTerms terms) {
    Plan current =
        latest(code).orElseThrow(() -> ProblemException.notFound("No plan with code '" + code + "'."));
    em.lock(current, LockModeType.PESSIMISTIC_WRITE);
    if (!current.latest()) { // revised by someone else meanwhile
      throw ProblemException.conflict("Plan '" + code + "' changed meanwhile; reload and try again.");
    }
    if (!current.terms().currency().equals(terms.currency())) {
      throw ProblemException.invalid("currency", "a plan keeps its currency (" + current.terms().currency() + "); create a new plan for another");
    }
    current.superseded();
    Plan next = new Plan(code, current.version() + 1, terms, clock.instant());
    em.persist(next);
    return next;
  }

  /** Creates the default plans when the catalog is empty (first start). */
  @Transactional
  public void seedIfEmpty(String currency) {
    long count = em.createQuery("select count(p) from Plan p", Long.class).getSingleResult();
    if (count > 0) {
      return;
    }
    for (DefaultPlans.Seed s : DefaultPlans.all(currency)) {
      em.persist(new Plan(s.code(), 1, s.terms(), clock.instant()));
    }
  }
}
