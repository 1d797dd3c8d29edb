package dev.frontdesk.billing;

import dev.frontdesk.api.Problem;
import dev.frontdesk.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.Function;

/**
 * Holds a company to its plan's hard limits. Each check runs in the caller's transaction with the subscription
 * row locked, so two requests at the limit cannot both pass; a refusal is a {@code quota-exceeded} problem
 * naming the limit, the use, and the cheapest plan that lifts it.
 */
@ApplicationScoped
public class Quotas {

  public static final String TYPE = "quota-exceeded";

  @PersistenceContext EntityManager em;
  @Inject Subscriptions subscriptions;
  @Inject PlanCatalog catalog;
  @Inject Overdue overdue;
  @Inject Usage usage;

  /**
   * The limits that apply now: the subscription's plan and seats or, while it is past due, the free plan's in its
   * currency; with no free plan there, nothing more may be added ({@code frozen}).
   */
  private record Applying(Subscription subscription, Plan plan, int seats, boolean frozen, String pastDue) {
    String prefix() {
      return pastDue == null ? "" : pastDue;
    }
  }

  /** Locks the subscription (so two requests at a limit cannot both pass) and says which limits apply. */
  private Applying applying() {
    return applying(subscriptions.locked());
  }

  private Applying applying(Subscription s) {
    Plan plan = subscriptions.plan(s);
    if (s.status() != Subscription.Status.PAST_DUE) {
      return new Applying(s, plan, s.seats(), false, null);
    }
    String invoice = overdue.oldestUnpaid().map(Invoice::number).orElse("an invoice");
    Optional<Plan> free = catalog.fallback(plan.terms().currency());
    String why = "Your subscription is past due (" + invoice + " is unpaid): until it is paid, "
        + free.map(f -> "the " + f.terms().name() + " plan's limits apply. ").orElse("nothing can be added. ");
    return free.map(f -> new Applying(s, f, f.terms().includedSeats(), false, why)).orElse(new Applying(s, plan, 0, true, why));
  }

  /** Before a CS account is created. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void allowAnotherAccount() {
    check("accounts", "CS accounts", applying(),
        em.createQuery("select count(a) from CsAccount a where a.deletedAt is null", Long.class).getSingleResult(),
        PlanTerms::maxAccounts);
  }

  /** Before members are added: every member of the company is a seat (any of them may serve customers). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void allowSeats(int adding) {
    long used = em.createQuery("select count(m) from Member m", Long.class).getSingleResult();
    Applying a = applying();
    Plan plan = a.plan();
    long allowed = a.frozen() ? used : a.seats();
    Integer planMax = plan.terms().maxSeats();
    if (used + adding > allowed) {
      String lift = a.pastDue() == null && planMax != null && planMax <= allowed ? upgrade(used + adding, PlanTerms::maxSeats, plan.terms().currency()) : null;
      throw exceeded("seats", "seats", used, allowed, plan, lift,
          a.prefix() + "Your subscription has " + allowed + " seats and all are taken ("
              + used + " members). " + (plan.terms().sellsExtraSeats() && (planMax == null || planMax > allowed)
                  ? "Add seats to your subscription" : "Upgrade your plan") + " to add more members.");
    }
  }

  /** Before a plugin is enabled where it was not enabled anywhere in the company yet. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void allowPlugin(String pluginId) {
    Applying a = applying();
    long used =
        em.createQuery(
                "select count(distinct b.pluginId) from PluginBinding b where b.enabled = true and b.pluginId <> :p", Long.class)
            .setParameter("p", pluginId)
            .getSingleResult();
    check("plugins", "enabled plugins", a, used, PlanTerms::maxPlugins);
  }

  /**
   * Before a conversation is started (never before resuming one): a plan with a hard conversation limit (no
   * overage price) refuses the one past it, counted from what metering recorded in the current period.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void allowConversation() {
    // Most plans bill conversations past the limit or have none: then there is nothing to race for, and taking
    // the lock would make a company's new conversations start one at a time.
    if (limitsConversations(applying(subscriptions.current()))) {
      checkConversation(applying());
    }
  }

  /**
   * The same refusal read without the lock, before anything is made for a conversation that could not start (a
   * new visitor's customer record); the check under the lock when it starts still decides.
   */
  @Transactional
  public void precheckConversation() {
    Applying a = applying(subscriptions.current());
    if (limitsConversations(a)) {
      checkConversation(a);
    }
  }

  /**
   * Whether anything can refuse a conversation now: a hard limit, or a past-due company that may add nothing.
   * Otherwise the period's conversations are not even counted: a new visitor on such a plan costs no sum.
   */
  private static boolean limitsConversations(Applying a) {
    return a.frozen() || hardConversationLimit(a.plan().terms()) != null;
  }

  private void checkConversation(Applying a) {
    check("conversations", "conversations this billing period", a, conversationsStarted(a.subscription()),
        Quotas::hardConversationLimit);
  }

  /**
   * Whether new conversations are refused now, read without taking the lock: what the widget is told before a
   * visitor opens it (the check when a conversation starts still decides).
   */
  @Transactional
  public boolean conversationsExhausted() {
    Applying a = applying(subscriptions.current());
    Integer allowed = a.frozen() ? Integer.valueOf(0) : hardConversationLimit(a.plan().terms());
    return allowed != null && conversationsStarted(a.subscription()) >= allowed;
  }

  /** Whether a refusal is this check's: no new conversation now. */
  public static boolean refusesConversations(ProblemException e) {
    Problem.Quota q = e.problem().quota();
    return q != null && "conversations".equals(q.limit());
  }

  /** With an overage price, conversations past the limit are billed, never refused. */
  private static Integer hardConversationLimit(PlanTerms t) {
    return t.overagePer100() == null ? t.maxConversations() : null;
  }

  private long conversationsStarted(Subscription s) {
    return usage.total(UsageKind.CONVERSATIONS, s.periodStart(), s.periodEnd());
  }

  /** Refuses one more of {@code limit} past what applies; {@code used} is counted under the lock. */
  private void check(String limit, String what, Applying a, long used, Function<PlanTerms, Integer> limitOf) {
    Plan plan = a.plan();
    Integer allowed = a.frozen() ? Integer.valueOf((int) used) : limitOf.apply(plan.terms());
    if (allowed != null && used + 1 > allowed) {
      String lift = a.pastDue() == null ? upgrade(used + 1, limitOf, plan.terms().currency()) : null;
      throw exceeded(limit, what, used, allowed, plan, lift,
          a.prefix() + "The " + plan.terms().name() + " plan allows " + allowed + " " + what + " and you have " + used + "."
              + (lift == null ? "" : " The " + catalog.latest(lift).map(p -> p.terms().name()).orElse(lift)
                  + " plan allows more."));
    }
  }

  /** The cheapest plan on sale in the company's currency whose limit admits {@code needed}, or null. */
  private String upgrade(long needed, Function<PlanTerms, Integer> limitOf, String currency) {
    return catalog.onSale().stream()
        .filter(p -> p.terms().currency().equals(currency))
        .filter(p -> limitOf.apply(p.terms()) == null || limitOf.apply(p.terms()) >= needed)
        .map(Plan::code)
        .findFirst()
        .orElse(null);
  }

  private static ProblemException exceeded(
      String limit, String what, long used, long allowed, Plan plan, String upgradeTo, String detail) {
    return new ProblemException(
        new Problem(Problem.TYPE_BASE + TYPE, "Quota exceeded", 402, detail, null, null,
            new Problem.Quota(limit, used, allowed, plan.code(), upgradeTo)));
  }
}
