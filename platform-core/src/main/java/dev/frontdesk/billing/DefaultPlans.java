package dev.frontdesk.billing;

import java.util.List;

/**
 * The plans a new platform starts with; the platform admin changes them through the API. Prices are in minor
 * units of the platform's currency.
 */
final class DefaultPlans {

  static final String FREE = "free";

  record Seed(String code, PlanTerms terms) {}

  private DefaultPlans() {}

  static List<Seed> all(String currency) {
    return List.of(
        new Seed(FREE, new PlanTerms("Free", "One CS account for a small team, up to 100 conversations a month.",
            currency, 0L, 0L, 2, null, null, 1, 2, 100, 30, 1, null, 0, 0)),
        new Seed("team", new PlanTerms("Team", "Several CS accounts, more staff, email and assistant plugins.",
            currency, 2_900L, 29_000L, 5, 900L, 9_000L, 5, 50, 2_000, 365, 5, 500L, 14, 1)),
        new Seed("business", new PlanTerms("Business", "Many CS accounts and staff, every plugin, long history.",
            currency, 9_900L, 99_000L, 20, 700L, 7_000L, 50, 500, 20_000, 1_095, null, 300L, 14, 2)));
  }
}
