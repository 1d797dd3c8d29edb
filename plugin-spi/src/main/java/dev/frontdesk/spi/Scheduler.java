package dev.frontdesk.spi;

import java.time.Duration;

/**
 * Work the plugin runs later or repeatedly, on host threads. Tasks run with the plugin's class loader, each
 * run bounded by the host's call timeout (except {@link #background}); all are cancelled when the plugin stops.
 * Tasks run on every node of a cluster: claim shared work through {@link KeyValueStore#putIfAbsent}.
 */
public interface Scheduler {

  Task after(Duration delay, Runnable task);

  /** Runs the task repeatedly; a run never overlaps the previous one. */
  Task every(Duration period, Runnable task);

  /**
   * A long-running loop on a thread of its own, without the call timeout, such as waiting on a server push
   * (IMAP IDLE). It must return when interrupted; the host interrupts it when the plugin stops.
   */
  Task background(String name, Runnable loop);

  interface Task {
    void cancel();
  }
}
