package dev.frontdesk.tenancy;

import dev.frontdesk.config.FrontdeskConfig;
import dev.frontdesk.config.IdentityMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads the tenant out of a verified token. Built-in tokens carry {@code tenant_id}; Keycloak tokens carry the
 * user's organization (its alias is the tenant's slug). Only the claim of the configured issuer is trusted.
 */
@ApplicationScoped
public class TenantOfToken {

  static final String ORGANIZATION_CLAIM = "organization";

  @Inject FrontdeskConfig config;
  @Inject Tenants tenants;

  /** Slugs never change, so their ids can be cached for the life of the process. */
  private final ConcurrentMap<String, UUID> idsBySlug = new ConcurrentHashMap<>();

  public Optional<UUID> tenantOf(JsonWebToken token) {
    if (config.identityMode() == IdentityMode.BUILTIN) {
      return Optional.ofNullable((Object) token.getClaim("tenant_id")).map(TenantOfToken::text).map(UUID::fromString);
    }
    return organizationAlias(token.getClaim(ORGANIZATION_CLAIM)).map(this::idOfSlug);
  }

  private UUID idOfSlug(String slug) {
    UUID cached = idsBySlug.get(slug);
    if (cached != null) {
      return cached;
    }
    Optional<UUID> id = tenants.bySlug(slug).map(Tenant::id);
    id.ifPresent(value -> idsBySlug.put(slug, value));
    return id.orElse(TenantContext.NONE);
  }

  /** Keycloak writes the claim as a list of aliases, or as an object keyed by alias when ids are included. */
  static Optional<String> organizationAlias(Object claim) {
    if (claim instanceof JsonArray array && !array.isEmpty()) {
      return Optional.of(text(array.get(0)));
    }
    if (claim instanceof JsonObject object && !object.isEmpty()) {
      return Optional.of(object.keySet().iterator().next());
    }
    if (claim instanceof Collection<?> list && !list.isEmpty()) {
      return Optional.of(text(list.iterator().next()));
    }
    if (claim instanceof JsonString || claim instanceof String) {
      return Optional.of(text(claim));
    }
    return Optional.empty();
  }

  private static String text(Object value) {
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (value instanceof JsonValue v) {
      return v.toString().replace("\"", "");
    }
    return String.valueOf(value);
  }
}
