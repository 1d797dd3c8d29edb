package dev.frontdesk.health;

import dev.frontdesk.database.FrontdeskDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when a connection from the application's pool answers a round trip within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = FrontdeskDataSource.JNDI_NAME)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection c = dataSource.getConnection()) {
      boolean valid = c.isValid(2);
      return HealthCheckResponse.named("database").status(valid).build();
    } catch (Exception e) {
      return HealthCheckResponse.named("database").down().withData("error", String.valueOf(e.getMessage())).build();
    }
  }
}
