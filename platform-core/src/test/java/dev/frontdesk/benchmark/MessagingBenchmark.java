package dev.frontdesk.benchmark;

import dev.frontdesk.testing.Api;
import dev.frontdesk.testing.Desks;
import dev.frontdesk.testing.Desks.Desk;
import dev.frontdesk.testing.Desks.Visitor;
import dev.frontdesk.testing.FrontdeskWar;
import dev.frontdesk.testing.LiveClient;
import dev.frontdesk.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not a test: the messaging benchmark, run by {@code ./mvnw -Pbenchmark ...} (see the README). N visitors send
 * messages through the real HTTP API, M agents receive them over their WebSockets; it prints messages/s and
 * visitor-to-agent latency, then the raw single-row insert rate of the same PostgreSQL for scale.
 */
@ExtendWith(ArquillianExtension.class)
class MessagingBenchmark {

  private static final int VISITORS = Integer.getInteger("bench.visitors", 100);
  private static final int AGENTS = Integer.getInteger("bench.agents", 10);
  private static final int MESSAGES = Integer.getInteger("bench.messages", 20);
  private static final int RAW_SECONDS = Integer.getInteger("bench.raw.seconds", 10);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FrontdeskWar.create();
  }

  @ArquillianResource URL base;

  /** Send time of each message, by clientMsgId, and the latencies measured when an agent hears them. */
  private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
  private final long[] latencies = new long[VISITORS * MESSAGES];
  private final AtomicLong heard = new AtomicLong();
  /** How long each send's HTTP request took, and how long after its answer the agent heard the message. */
  private final long[] sendTimes = new long[VISITORS * MESSAGES];
  private final AtomicLong sends = new AtomicLong();
  private final Map<String, Long> answeredAt = new ConcurrentHashMap<>();
  private final long[] afterAnswer = new long[VISITORS * MESSAGES];
  /** From the message's creation on the server (its createdAt; same machine, same clock) to the agent's socket. */
  private final long[] afterCreated = new long[VISITORS * MESSAGES];
  private final AtomicLong heardAfterAnswer = new AtomicLong();

  @Test
  void run() throws Exception {
    Desk desk = Desks.open(Api.at(base), "Bench", AGENTS, VISITORS / AGENTS + 1, "idle_first");
    List<LiveClient> agents = new ArrayList<>();
    CountDownLatch allHeard = new CountDownLatch(VISITORS * MESSAGES);
    for (Api agent : desk.agents()) {
      LiveClient socket = LiveClient.agent(agent, base.toString());
      socket.onFrame(frame -> record(frame, allHeard));
      agents.add(socket);
    }
    List<Visitor> visitors = new ArrayList<>();
    for (int i = 0; i < VISITORS; i++) {
      Visitor v = Desks.visit(desk, "bench-" + i);
      v.say("warm-" + i, "hello"); // routes the session to an agent before timing starts
      visitors.add(v);
    }
    ExecutorService pool = Executors.newFixedThreadPool(VISITORS);
    long start = System.nanoTime();
    List<Future<Integer>> failures = new ArrayList<>();
    for (int i = 0; i < VISITORS; i++) {
      Visitor v = visitors.get(i);
      int visitor = i;
      failures.add(pool.submit(() -> {
        int failed = 0;
        for (int m = 0; m < MESSAGES; m++) {
          String id = "b-" + visitor + "-" + m;
          long before = System.nanoTime();
          sentAt.put(id, before);
          int status = v.say(id, "message " + m).status();
          long after = System.nanoTime();
          answeredAt.put(id, after);
          long k = sends.getAndIncrement();
          if (k < sendTimes.length) {
            sendTimes[(int) k] = after - before;
          }
          if (status != 201) {
            failed++;
          }
        }
        return failed;
      }));
    }
    int failed = 0;
    for (Future<Integer> f : failures) {
      failed += f.get();
    }
    boolean complete = allHeard.await(120, TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    agents.forEach(LiveClient::close);

    int n = (int) Math.min(heard.get(), latencies.length);
    long[] sorted = Arrays.copyOf(latencies, n);
    Arrays.sort(sorted);
    double rate = n / seconds;
    double raw = rawInsertRate(Math.min(VISITORS, 32));
    StringBuilder report = new StringBuilder("=== Frontdesk messaging benchmark ===\n");
    report.append(String.format(Locale.ROOT, "visitors %d, agents %d, messages per visitor %d, failed sends %d%s%n",
        VISITORS, AGENTS, MESSAGES, failed, complete ? "" : ", NOT ALL HEARD (" + n + ")"));
    report.append(String.format(Locale.ROOT, "messages/s (visitor HTTP -> agent WebSocket): %.0f%n", rate));
    report.append(String.format(Locale.ROOT, "latency visitor -> agent: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        percentile(sorted, 50), percentile(sorted, 99), n == 0 ? 0 : sorted[n - 1] / 1e6));
    long[] sendSorted = Arrays.copyOf(sendTimes, (int) Math.min(sends.get(), sendTimes.length));
    Arrays.sort(sendSorted);
    long[] afterSorted = Arrays.copyOf(afterAnswer, (int) Math.min(heardAfterAnswer.get(), afterAnswer.length));
    Arrays.sort(afterSorted);
    report.append(String.format(Locale.ROOT, "  of which the HTTP send: p50 %.1f ms, p99 %.1f ms%n",
        percentile(sendSorted, 50), percentile(sendSorted, 99)));
    report.append(String.format(Locale.ROOT, "  and delivery after the send was answered: p50 %.1f ms, p99 %.1f ms%n",
        percentile(afterSorted, 50), percentile(afterSorted, 99)));
    long[] createdSorted = Arrays.copyOf(afterCreated, n);
    Arrays.sort(createdSorted);
    report.append(String.format(Locale.ROOT, "  from the message's creation on the server to the socket: p50 %.1f ms, p99 %.1f ms%n",
        percentile(createdSorted, 50), percentile(createdSorted, 99)));
    report.append(String.format(Locale.ROOT, "raw PostgreSQL single-row inserts/s (%d connections): %.0f%n",
        Math.min(VISITORS, 32), raw));
    report.append(String.format(Locale.ROOT, "ratio messages/s : raw inserts/s = %.3f%n", rate / raw));
    System.out.println(report);
    String file = System.getProperty("frontdesk.benchmark.report");
    if (file != null) {
      Files.writeString(Path.of(file), report);
    }
  }

  private void record(JsonObject frame, CountDownLatch allHeard) {
    if (!"message".equals(frame.getString("type"))) {
      return;
    }
    String id = frame.getJsonObject("data").getString("clientMsgId", "");
    long now = System.nanoTime();
    Long sent = sentAt.remove(id);
    if (sent != null) {
      long i = heard.getAndIncrement();
      if (i < latencies.length) {
        latencies[(int) i] = now - sent;
      }
      String created = frame.getJsonObject("data").getString("createdAt", null);
      if (created != null && i < afterCreated.length) {
        afterCreated[(int) i] = Math.max(0, (System.currentTimeMillis() - java.time.Instant.parse(created).toEpochMilli()) * 1_000_000);
      }
      Long answered = answeredAt.remove(id); // absent when the frame beat the HTTP answer: no delivery lag
      long j = heardAfterAnswer.getAndIncrement();
      if (j < afterAnswer.length) {
        afterAnswer[(int) j] = answered == null ? 0 : Math.max(0, now - answered);
      }
      allHeard.countDown();
    }
  }

  private static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  /** Autocommitted one-row inserts from {@code connections} threads for RAW_SECONDS, on the test database. */
  private static double rawInsertRate(int connections) throws Exception {
    try (Connection c = TestDatabase.connectAsOwner(); Statement s = c.createStatement()) {
      s.execute("create table if not exists bench_raw (id bigserial primary key, body text not null,"
          + " created_at timestamptz not null default now())");
    }
    AtomicLong inserted = new AtomicLong();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(RAW_SECONDS);
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    List<Future<?>> work = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < connections; t++) {
      work.add(pool.submit(() -> {
        try (Connection c = TestDatabase.connectAsOwner();
            PreparedStatement insert = c.prepareStatement("insert into bench_raw (body) values (?)")) {
          while (System.nanoTime() < end) {
            insert.setString(1, "message body of a typical length for a chat");
            insert.executeUpdate();
            inserted.incrementAndGet();
          }
        }
        return null;
      }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    pool.shutdown();
    try (Connection c = TestDatabase.connectAsOwner(); Statement s = c.createStatement()) {
      s.execute("drop table bench_raw");
    } catch (SQLException ignored) {
      // the database is dropped after the run anyway
    }
    return inserted.get() / ((System.nanoTime() - start) / 1e9);
  }
}
