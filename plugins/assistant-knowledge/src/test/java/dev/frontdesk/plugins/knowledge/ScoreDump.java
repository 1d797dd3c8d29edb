package dev.frontdesk.plugins.knowledge;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writes the top matches of every labelled question to target/eval-scores.tsv, for tuning thresholds. */
class ScoreDump {
  @Test
  void dump() throws Exception {
    FaqCsv.Parsed p = FaqCsv.parse(Evaluation.resource(Evaluation.FAQ));
    FaqIndex index = new FaqIndex(p.entries());
    StringBuilder out = new StringBuilder();
    for (Evaluation.Case c : Evaluation.cases()) {
      out.append(c.expected()).append('\t').append(c.lang()).append('\t').append(HumanRequest.asks(c.question(), Settings.HUMAN_KEYWORDS));
      for (FaqIndex.Match m : index.search(c.question(), 3, null)) {
        out.append('\t').append(m.entry().id()).append('\t').append(String.format("%.4f", m.confidence()));
      }
      out.append('\t').append(c.question()).append('\n');
    }
    Files.writeString(Path.of("target", "eval-scores.tsv"), out, StandardCharsets.UTF_8);
  }
}
