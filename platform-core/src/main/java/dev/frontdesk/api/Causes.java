package dev.frontdesk.api;

/** Walks an exception's cause chain: containers wrap what domain code threw (EJB, JTA, CDI). */
public final class Causes {

  private Causes() {}

  public static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
