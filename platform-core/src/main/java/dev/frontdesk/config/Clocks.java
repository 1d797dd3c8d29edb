package dev.frontdesk.config;

import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one source of "now": injectable, so tests and billing periods can fix the time. */
@jakarta.enterprise.context.ApplicationScoped
public class Clocks {

  @Produces
  Clock systemClock() {
    return Clock.systemUTC();
  }
}
