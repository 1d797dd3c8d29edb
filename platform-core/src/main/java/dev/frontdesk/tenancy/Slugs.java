package dev.frontdesk.tenancy;

import java.util.Set;

/** The rules for a company's URL slug. */
public final class Slugs {

  public static final String PATTERN = "^[a-z][a-z0-9-]{2,39}$";

  /** Words the product itself may want in URLs or that would confuse people reading them. */
  private static final Set<String> RESERVED =
      Set.of("admin", "api", "app", "auth", "frontdesk", "help", "login", "platform", "signup", "support",
          "system", "www");

  private Slugs() {}

  public static boolean isReserved(String slug) {
    return RESERVED.contains(slug);
  }
}
