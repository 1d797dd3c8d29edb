package dev.frontdesk.plugins.knowledge;

import dev.frontdesk.spi.PluginConfig;
import java.util.List;

/** A binding's configuration, read once per call with the descriptor's defaults as fallbacks. */
record Settings(
    double answerThreshold,
    double suggestThreshold,
    double minMargin,
    int maxSuggestions,
    int maxUnansweredTurns,
    List<String> humanKeywords,
    String handoffMessage,
    String lowConfidenceMessage,
    String unansweredMessage,
    String suggestHead,
    String suggestTail,
    List<String> categories) {

  static final double ANSWER_THRESHOLD = 0.36;
  static final double SUGGEST_THRESHOLD = 0.22;
  static final double MIN_MARGIN = 0.1;
  static final List<String> HUMAN_KEYWORDS =
      List.of(
          "人工", "转人工", "人工客服", "真人", "客服人员", "找客服", "agent", "human", "real person", "operator",
          "representative", "live person", "speak to a person", "talk to a person");
  static final String HANDOFF_MESSAGE =
      "好的，正在为您转接人工客服，请稍候。\nSure, I'm connecting you with a member of our team. Please wait a moment.";
  static final String LOW_CONFIDENCE_MESSAGE =
      "这个问题我暂时无法回答，正在为您转接人工客服。\nI'm not sure I can answer that, so I'm passing you to a member of our team.";
  static final String UNANSWERED_MESSAGE =
      "抱歉没能帮到您，正在为您转接人工客服。\nSorry I couldn't help; I'm passing you to a member of our team.";
  static final String SUGGEST_HEAD = "您是不是想问：\nDid you mean:";
  static final String SUGGEST_TAIL = "点击选项查看答案，或换个说法提问。\nTap an option, or ask in other words.";

  static Settings of(PluginConfig c) {
    double answer = c.number("answerThreshold", ANSWER_THRESHOLD);
    double suggest = Math.min(answer, c.number("suggestThreshold", SUGGEST_THRESHOLD));
    return new Settings(
        answer,
        suggest,
        c.number("minMargin", MIN_MARGIN),
        (int) Math.max(1, Math.min(3, c.integer("maxSuggestions", 3))),
        (int) Math.max(1, c.integer("maxUnansweredTurns", 2)),
        strings(c, "humanKeywords", HUMAN_KEYWORDS),
        c.string("handoffMessage", HANDOFF_MESSAGE),
        c.string("lowConfidenceMessage", LOW_CONFIDENCE_MESSAGE),
        c.string("unansweredMessage", UNANSWERED_MESSAGE),
        c.string("suggestHead", SUGGEST_HEAD),
        c.string("suggestTail", SUGGEST_TAIL),
        strings(c, "categories", List.of()));
  }

  private static List<String> strings(PluginConfig c, String key, List<String> fallback) {
    Object v = c.values().get(key);
    if (v instanceof List<?> l) {
      return l.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
    return fallback;
  }
}
