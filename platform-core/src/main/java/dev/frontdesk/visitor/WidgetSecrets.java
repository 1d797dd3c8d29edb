package dev.frontdesk.visitor;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.identity.Secrets;
import dev.frontdesk.tenancy.Tenant;
import dev.frontdesk.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Each tenant's widget secret: their server signs a logged-in user's id with it (HMAC-SHA256, hex) so the
 * widget can identify that user, and Frontdesk checks the signature.
 */
@ApplicationScoped
public class WidgetSecrets {

  @PersistenceContext EntityManager em;

  /** The current tenant's secret, created on first use. */
  @Transactional
  public String current() {
    Tenant tenant = tenant();
    if (tenant.widgetSecret() == null) {
      tenant.setWidgetSecret("wsec_" + Secrets.newToken());
    }
    return tenant.widgetSecret();
  }

  /** Replaces the secret: signatures made with the old one stop working at once. */
  @Transactional
  public String rotate() {
    Tenant tenant = tenant();
    tenant.setWidgetSecret("wsec_" + Secrets.newToken());
    return tenant.widgetSecret();
  }

  /** Whether {@code hmacHex} is HMAC-SHA256(secret, userId) under the tenant's secret. */
  @Transactional
  public boolean verifies(UUID tenantId, String userId, String hmacHex) {
    Tenant tenant = em.find(Tenant.class, tenantId);
    if (tenant == null || tenant.widgetSecret() == null || hmacHex == null) {
      return false;
    }
    byte[] expected = hmac(tenant.widgetSecret(), userId);
    byte[] given;
    try {
      given = HexFormat.of().parseHex(hmacHex.toLowerCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(expected, given);
  }

  static byte[] hmac(String secret, String userId) {
    return Secrets.hmacSha256(
        secret.getBytes(StandardCharsets.UTF_8), userId.getBytes(StandardCharsets.UTF_8));
  }

  private Tenant tenant() {
    Tenant tenant = em.find(Tenant.class, TenantContext.current().orElseThrow());
    if (tenant == null) {
      throw ProblemException.notFound("Your company no longer exists.");
    }
    return tenant;
  }
}
