package dev.frontdesk.identity;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Opens a route (a resource method, or every method of a resource class) to API clients holding {@link #value()}.
 * The route must also list {@link Role#API_CLIENT_ID} in its {@code @RolesAllowed}; an API client calling a route
 * without this annotation is refused even then, so a route is never opened to credentials by accident. Staff
 * tokens are not affected.
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface ApiAccess {
  ApiScope value();
}
