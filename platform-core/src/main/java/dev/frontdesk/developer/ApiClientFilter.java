package dev.frontdesk.developer;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.identity.ApiAccess;
import dev.frontdesk.identity.ApiScope;
import dev.frontdesk.identity.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * The gate for API clients, before the roles check: the route must be opened to them ({@link ApiAccess}), their
 * credential must still be active, and their token must hold the route's scope. Staff tokens pass untouched.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 100)
public class ApiClientFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;
  @Inject Caller caller;
  @Inject ActiveCredentials activeCredentials;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!caller.isApiClient()) {
      return;
    }
    ApiAccess access = accessOf(resource.getResourceMethod(), resource.getResourceClass());
    if (access == null) {
      throw ProblemException.forbidden("API credentials cannot call this operation; it needs a staff sign-in.");
    }
    if (caller.tenantId().isEmpty()
        || !activeCredentials.isActive(caller.tenantId().get(), caller.credentialId())) {
      throw ProblemException.unauthorized("This API credential was revoked; ask your admin for a new one.");
    }
    ApiScope needed = access.value();
    if (!caller.scopes().contains(needed)) {
      throw ProblemException.forbidden(
          "This operation needs the '" + needed.id() + "' scope, which this API credential does not have.");
    }
  }

  static ApiAccess accessOf(Method method, Class<?> type) {
    ApiAccess onMethod = method == null ? null : method.getAnnotation(ApiAccess.class);
    if (onMethod != null) {
      return onMethod;
    }
    return type == null ? null : type.getAnnotation(ApiAccess.class);
  }
}
