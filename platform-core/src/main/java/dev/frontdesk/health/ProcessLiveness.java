package dev.frontdesk.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the application answers; reports the heap in use so an operator sees pressure building. */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    Runtime rt = Runtime.getRuntime();
    return HealthCheckResponse.named("frontdesk")
        .up()
        .withData("heapUsedMiB", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024))
        .build();
  }
}
