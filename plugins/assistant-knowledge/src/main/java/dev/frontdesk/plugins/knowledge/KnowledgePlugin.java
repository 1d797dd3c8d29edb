package dev.frontdesk.plugins.knowledge;

import dev.frontdesk.spi.AssistantPlugin;
import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.Content;
import dev.frontdesk.spi.HttpEndpoint;
import dev.frontdesk.spi.PluginContext;
import dev.frontdesk.spi.Scheduler;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The plugin's one extension: the assistant and its admin endpoints in one object, so both use the same
 * per-tenant indexes.
 */
public final class KnowledgePlugin implements AssistantPlugin, HttpEndpoint {

  /** Unanswered-turn counters of sessions silent this long are dropped. */
  static final Duration STALE_COUNTER = Duration.ofDays(1);

  private final Indexes indexes = new Indexes();
  private final Endpoints endpoints = new Endpoints(indexes);
  private PluginContext context;
  private Scheduler.Task cleanup;

  @Override
  public void start(PluginContext context) {
    this.context = context;
    this.cleanup = context.scheduler().every(Duration.ofHours(1), this::cleanUp);
  }

  @Override
  public void stop() {
    if (cleanup != null) {
      cleanup.cancel();
    }
    indexes.clear();
  }

  @Override
  public Reply answer(Binding binding, Turn turn) {
    Settings settings = Settings.of(binding.config());
    FaqStore store = new FaqStore(binding.store());
    FaqIndex index = indexes.current(binding.tenantId(), store);
    if (!(turn.message() instanceof Content.Text text)) {
      // Pictures, voice and files need a person's eyes.
      return handOff(store, turn, "unsupported_content", settings.lowConfidenceMessage());
    }
    if (text.menuId() != null) {
      FaqEntry chosen = index.entry(text.menuId());
      if (chosen != null) {
        return answered(store, turn, chosen);
      }
      // An option of a menu whose entry has since been deleted: treat the label text as a question.
    }
    Decision d = Decision.decide(text.text(), index, settings);
    return switch (d.kind()) {
      case ANSWER -> answered(store, turn, d.best().entry());
      case HANDOFF ->
          handOff(
              store, turn, d.reason(),
              d.reason().equals(Decision.ASKED_FOR_HUMAN) ? settings.handoffMessage() : settings.lowConfidenceMessage());
      case SUGGEST -> suggest(store, turn, d, settings);
    };
  }

  @Override
  public Response handle(Request request) throws Exception {
    return endpoints.handle(request);
  }

  private Reply suggest(FaqStore store, Turn turn, Decision d, Settings settings) {
    int unanswered = store.unanswered(turn.sessionId()) + 1;
    if (unanswered >= settings.maxUnansweredTurns()) {
      return handOff(store, turn, Decision.UNANSWERED_TURNS, settings.unansweredMessage());
    }
    store.setUnanswered(turn.sessionId(), unanswered, System.currentTimeMillis());
    context.metrics().increment("suggested");
    return new Answer(List.of(menu(d, settings)), false);
  }

  static Content.Menu menu(Decision d, Settings settings) {
    List<Content.Option> options =
        d.candidates().stream().map(m -> new Content.Option(m.entry().id(), m.entry().firstQuestion())).toList();
    return new Content.Menu(settings.suggestHead(), options, blankToNull(settings.suggestTail()));
  }

  private Reply answered(FaqStore store, Turn turn, FaqEntry entry) {
    store.clearUnanswered(turn.sessionId());
    context.metrics().increment("answered");
    return Answer.of(Content.text(entry.answer()));
  }

  private Reply handOff(FaqStore store, Turn turn, String reason, String message) {
    store.clearUnanswered(turn.sessionId());
    context.metrics().increment("handoff." + reason);
    String m = blankToNull(message);
    return new HandOff(reason, m == null ? null : Content.text(m));
  }

  private void cleanUp() {
    long before = System.currentTimeMillis() - STALE_COUNTER.toMillis();
    Set<String> tenants = new HashSet<>();
    for (Binding b : context.bindings()) {
      if (tenants.add(b.tenantId())) {
        new FaqStore(b.store()).dropStaleCounters(before);
      }
    }
    indexes.retainOnly(tenants);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
