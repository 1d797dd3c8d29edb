package dev.frontdesk.plugins.email;

import dev.frontdesk.spi.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The reading state of one account's mailbox on this node: when it is next read, how often in a row reading
 * failed (and so how long to wait before the next try), and its IDLE worker. Polls and the worker take {@link
 * #lock} around a read so the cursor is never moved by two readers at once.
 */
final class BindingState {

  static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
  static final Duration MAX_BACKOFF = Duration.ofHours(1);

  final String key;
  final ReentrantLock lock = new ReentrantLock();

  private int failures;
  private Instant retryAt = Instant.EPOCH;
  private Instant nextPollAt = Instant.EPOCH;
  private String lastError;
  private boolean pollQueued;

  volatile boolean idling;
  volatile boolean workerActive;
  IdleWorker worker;
  Scheduler.Task workerTask;
  String workerFingerprint;
  /** The worker fingerprint of a mailbox whose server said it has no IDLE: polling only, until it changes. */
  volatile String idleUnsupported;

  BindingState(String key) {
    this.key = key;
  }

  /** A status snapshot, for tests and diagnostics. */
  record Status(int failures, Instant retryAt, String lastError, boolean idling, boolean workerActive) {}

  synchronized Status status() {
    return new Status(failures, retryAt, lastError, idling, workerActive);
  }

  synchronized int failures() {
    return failures;
  }

  synchronized void succeeded(Instant now, Duration interval, boolean more) {
    failures = 0;
    lastError = null;
    retryAt = Instant.EPOCH;
    nextPollAt = more ? now : now.plus(interval);
  }

  /** Records a failure; returns the wait before the next try: 30 s, doubling with each failure, at most 1 h. */
  synchronized Duration failed(Instant now, String error) {
    failures++;
    lastError = error;
    long seconds = FIRST_BACKOFF.getSeconds() << Math.min(failures - 1, 12);
    Duration wait = Duration.ofSeconds(Math.min(seconds, MAX_BACKOFF.getSeconds()));
    retryAt = now.plus(wait);
    nextPollAt = retryAt;
    return wait;
  }

  /** The connection ended after working (a server's idle timeout): read again soon, not a failure. */
  synchronized void dueNow(Instant now) {
    nextPollAt = now;
  }

  /** Claims the next scheduled poll when it is due; false when not due, backing off or already queued. */
  synchronized boolean claimPoll(Instant now) {
    if (pollQueued || now.isBefore(nextPollAt) || now.isBefore(retryAt)) {
      return false;
    }
    pollQueued = true;
    return true;
  }

  synchronized void pollDone() {
    pollQueued = false;
  }
}
