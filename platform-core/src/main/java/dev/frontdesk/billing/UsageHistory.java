package dev.frontdesk.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The company's metered use over time, for the console's charts: per UTC day, or per calendar month. Counters are
 * summed over a bucket, gauges (seats, storage) are the highest snapshot in it, or null where none was taken.
 * Days are grouped by the database (one indexed query per kind) and months rolled up from days, so the figures
 * are the same whichever way one looks.
 */
@ApplicationScoped
public class UsageHistory {

  public enum Unit {
    DAY,
    MONTH
  }

  @JsonbPropertyOrder({"start", "conversations", "messages", "assistantAnswers", "seats", "storageBytes"})
  public record Point(LocalDate start, long conversations, long messages, long assistantAnswers, Long seats, Long storageBytes) {}

  @JsonbPropertyOrder({"unit", "from", "to", "points"})
  public record History(String unit, LocalDate from, LocalDate to, List<Point> points) {}

  private static final long SECONDS_PER_DAY = 86_400;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** The last {@code count} days or months, the current one included, oldest first. */
  @Transactional
  public History last(Unit unit, int count) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate from = unit == Unit.DAY ? today.minusDays(count - 1L) : today.withDayOfMonth(1).minusMonths(count - 1L);
    LocalDate end = unit == Unit.DAY ? today.plusDays(1) : today.withDayOfMonth(1).plusMonths(1);
    Map<LocalDate, Map<UsageKind, Long>> buckets = new TreeMap<>();
    for (LocalDate d = from; d.isBefore(end); d = unit == Unit.DAY ? d.plusDays(1) : d.plusMonths(1)) {
      buckets.put(d, new EnumMap<>(UsageKind.class));
    }
    for (UsageKind kind : UsageKind.values()) {
      daily(kind, from, end).forEach((day, value) -> {
        LocalDate bucket = unit == Unit.DAY ? day : day.withDayOfMonth(1);
        buckets.get(bucket).merge(kind, value, kind.counter() ? Long::sum : Long::max);
      });
    }
    List<Point> points = new ArrayList<>(buckets.size());
    buckets.forEach((start, v) -> points.add(new Point(
        start,
        v.getOrDefault(UsageKind.CONVERSATIONS, 0L),
        v.getOrDefault(UsageKind.MESSAGES, 0L),
        v.getOrDefault(UsageKind.ASSISTANT_ANSWERS, 0L),
        v.get(UsageKind.SEATS),
        v.get(UsageKind.STORAGE_BYTES))));
    return new History(unit.name().toLowerCase(java.util.Locale.ROOT), from, end.minusDays(1), points);
  }

  /** One kind's use per UTC day in [from, end): days counted from the epoch, so no session time zone applies. */
  private Map<LocalDate, Long> daily(UsageKind kind, LocalDate from, LocalDate end) {
    String value = kind.counter() ? "sum(u.quantity)" : "max(u.quantity)";
    List<Object[]> rows =
        em.createQuery(
                "select floor(extract(epoch from u.occurredAt) / " + SECONDS_PER_DAY + "), " + value
                    + " from UsageEvent u where u.kind = :k and u.occurredAt >= :from and u.occurredAt < :to"
                    + " group by floor(extract(epoch from u.occurredAt) / " + SECONDS_PER_DAY + ")",
                Object[].class)
            .setParameter("k", kind)
            .setParameter("from", start(from))
            .setParameter("to", start(end))
            .getResultList();
    Map<LocalDate, Long> out = new TreeMap<>();
    for (Object[] r : rows) {
      out.put(LocalDate.ofEpochDay(((Number) r[0]).longValue()), ((Number) r[1]).longValue());
    }
    return out;
  }

  private static Instant start(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
