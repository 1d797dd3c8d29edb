package dev.frontdesk.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What an API credential may do. Each scope opens a group of routes to API clients (see {@link ApiAccess}); staff
 * tokens are not scoped. Tokens carry the granted scopes in the OAuth {@code scope} claim, space-separated.
 */
public enum ApiScope {
  /** CS accounts and their reception policy. */
  ACCOUNTS("accounts"),
  /** An account's servicer assignments. */
  SERVICERS("servicers"),
  /** Entry points (links, QR codes, widget keys). */
  ENTRY_POINTS("entry-points"),
  /** Sessions: list, get, read transcripts, transfer. */
  SESSIONS("sessions"),
  /** Send messages to customers. */
  MESSAGES("messages"),
  /** Read the event feed ({@code /sync}). */
  SYNC("sync"),
  /** Look customers up ({@code /customers/batch-get}). */
  CUSTOMERS("customers"),
  /** Register and manage webhooks, read their delivery logs, redeliver. */
  WEBHOOKS("webhooks");

  private final String id;

  ApiScope(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The scope with this id, or {@link IllegalArgumentException} naming the valid ones. */
  public static ApiScope fromId(String id) {
    return Arrays.stream(values())
        .filter(s -> s.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown scope '" + id + "'; use " + allIds()));
  }

  /** Scopes from an OAuth {@code scope} string; ids Frontdesk does not know (Keycloak adds its own) are skipped. */
  public static Set<ApiScope> parseClaim(String claim) {
    Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
    if (claim == null) {
      return scopes;
    }
    for (String part : claim.trim().split("\\s+")) {
      Arrays.stream(values()).filter(s -> s.id.equals(part)).forEach(scopes::add);
    }
    return scopes;
  }

  /** The OAuth {@code scope} string: ids, sorted, space-separated. */
  public static String toClaim(Collection<ApiScope> scopes) {
    return ids(scopes).stream().collect(Collectors.joining(" "));
  }

  public static Set<String> ids(Collection<ApiScope> scopes) {
    return scopes.stream().map(ApiScope::id).collect(Collectors.toCollection(TreeSet::new));
  }

  public static String allIds() {
    return Arrays.stream(values()).map(ApiScope::id).collect(Collectors.joining(", "));
  }
}
