package dev.frontdesk.plugins.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * What the assistant makes of one question, before any session state: answer an entry, suggest close entries,
 * or hand off. Pure, so the admin's "try" endpoint shows exactly what a customer would get.
 */
record Decision(Kind kind, String reason, List<FaqIndex.Match> candidates, double confidence) {

  enum Kind {
    ANSWER,
    SUGGEST,
    HANDOFF
  }

  static final String ASKED_FOR_HUMAN = "asked_for_human";
  static final String LOW_CONFIDENCE = "low_confidence";
  static final String UNANSWERED_TURNS = "unanswered_turns";

  FaqIndex.Match best() {
    return candidates.isEmpty() ? null : candidates.get(0);
  }

  static Decision decide(String text, FaqIndex index, Settings settings) {
    if (HumanRequest.asks(text, settings.humanKeywords())) {
      return new Decision(Kind.HANDOFF, ASKED_FOR_HUMAN, List.of(), 0);
    }
    List<FaqIndex.Match> matches = new ArrayList<>();
    for (FaqIndex.Match m : index.search(text, 20, null)) {
      if (settings.categories().isEmpty() || settings.categories().contains(m.entry().category())) {
        matches.add(m);
      }
    }
    if (matches.isEmpty()) {
      return new Decision(Kind.HANDOFF, LOW_CONFIDENCE, List.of(), 0);
    }
    double top = matches.get(0).confidence();
    double second = matches.size() > 1 ? matches.get(1).confidence() : 0;
    if (top >= settings.answerThreshold() && top - second >= settings.minMargin()) {
      return new Decision(Kind.ANSWER, null, List.of(matches.get(0)), top);
    }
    if (top >= settings.suggestThreshold()) {
      List<FaqIndex.Match> close =
          matches.stream()
              .filter(m -> m.confidence() >= settings.suggestThreshold())
              .limit(settings.maxSuggestions())
              .toList();
      return new Decision(Kind.SUGGEST, null, close, top);
    }
    return new Decision(Kind.HANDOFF, LOW_CONFIDENCE, matches.subList(0, Math.min(3, matches.size())), top);
  }
}
