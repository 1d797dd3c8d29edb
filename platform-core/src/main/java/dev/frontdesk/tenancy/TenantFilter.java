package dev.frontdesk.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Decides the tenant of each API request, once, from the token MP-JWT has already verified, and holds it for
 * exactly the length of the request. Requests without a token run with no tenant.
 */
@WebFilter(urlPatterns = "/api/*")
public class TenantFilter implements Filter {

  @Inject TenantOfToken tenantOfToken;

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    UUID tenant = TenantContext.NONE;
    if (((HttpServletRequest) request).getUserPrincipal() instanceof JsonWebToken token) {
      tenant = tenantOfToken.tenantOf(token).orElse(TenantContext.NONE);
    }
    try (TenantContext.Scope ignored = TenantContext.enter(tenant)) {
      chain.doFilter(request, response);
    }
  }
}
