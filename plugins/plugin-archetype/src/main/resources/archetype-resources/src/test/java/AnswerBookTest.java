package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerBookTest {

  private final AnswerBook book =
      AnswerBook.parse(
          List.of(
              "refund, money back: Refunds reach your card within 5 working days.",
              "card: We take Visa and Mastercard.",
              "refund, card: Card refunds take 5 days; bank transfers 2.",
              "退款: 退款将在5个工作日内到账。",
              "no colon here",
              ": an answer without keywords"));

  @Test
  void wholeWordsMatchAndTheRuleWithMostKeywordsWins() {
    assertEquals(Optional.of("Refunds reach your card within 5 working days."), book.answer("How do I get my MONEY-BACK?"));
    assertEquals(
        Optional.of("We take Visa and Mastercard."), book.answer("Which card can I use?"), "a tie goes to the earlier rule");
    assertEquals(Optional.empty(), book.answer("Can I discard my order?"), "'card' is not a word of 'discard'");
    assertEquals(
        Optional.of("Card refunds take 5 days; bank transfers 2."), book.answer("A refund to my card, please"),
        "two matching keywords beat one");
  }

  @Test
  void chineseKeywordsMatchInsideTheSentence() {
    assertEquals(Optional.of("退款将在5个工作日内到账。"), book.answer("我想申请退款"));
  }

  @Test
  void unreadableLinesAreKeptAsideNotGuessed() {
    assertEquals(4, book.rules().size());
    assertEquals(List.of("no colon here", ": an answer without keywords"), book.unreadable());
    assertTrue(AnswerBook.parse(List.of()).answer("anything").isEmpty());
  }
}
