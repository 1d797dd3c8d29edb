package dev.frontdesk.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The roles Frontdesk knows. Their ids travel in the MP-JWT {@code groups} claim. */
public enum Role {
  PLATFORM_ADMIN,
  TENANT_ADMIN,
  SUPERVISOR,
  AGENT;

  public static final String PLATFORM_ADMIN_ID = "platform-admin";
  public static final String TENANT_ADMIN_ID = "tenant-admin";
  public static final String SUPERVISOR_ID = "supervisor";
  public static final String AGENT_ID = "agent";

  /**
   * The group of tokens issued to API credentials (the developer API). Deliberately not a value of this enum: it
   * is no staff role, a member can never hold it, and it opens only the routes that name it together with an
   * {@link ApiAccess} scope.
   */
  public static final String API_CLIENT_ID = "api-client";

  /** The roles a company's staff can hold (the platform admin is not one of them). */
  public static final Set<Role> STAFF = EnumSet.of(TENANT_ADMIN, SUPERVISOR, AGENT);

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Role fromId(String id) {
    return Arrays.stream(values())
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown role '" + id + "'"));
  }

  public static Set<String> ids(Set<Role> roles) {
    return roles.stream().map(Role::id).collect(Collectors.toCollection(java.util.TreeSet::new));
  }
}
