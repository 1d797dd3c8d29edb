package dev.frontdesk.plugins.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextHandlingTest {

  @Test
  void quotedPreviousMessagesAreCut() {
    assertEquals("Thanks!", QuoteStripper.strip("Thanks!\n\nOn Mon, 2 Jun 2025 at 10:00, Ann <a@x.example> wrote:\n> hi"));
    assertEquals("收到，谢谢", QuoteStripper.strip("收到，谢谢\n\n在 2025年6月2日 10:00，客服 <s@x.example> 写道：\n> 您好"));
    assertEquals("好的", QuoteStripper.strip("好的\n\n客服 <s@x.example> 于2025年6月2日周一 10:00写道：\n> 您好"));
    assertEquals("See below", QuoteStripper.strip("See below\n-----Original Message-----\nFrom: Shop\nSent: Monday"));
    assertEquals("OK", QuoteStripper.strip("OK\n\nFrom: Shop <s@x.example>\nSent: Monday, June 2, 2025 10:00\nTo: Ann\n\nold text"));
    assertEquals("Fine", QuoteStripper.strip("Fine\n\n------------------ 原始邮件 ------------------\n发件人: 客服"));
    assertEquals("Yes\n\n> a question?\nAn answer", QuoteStripper.strip("Yes\n\n> a question?\nAn answer\n\n> old\n> older\n"));
  }

  @Test
  void aTextThatIsAllQuoteIsKeptWhole() {
    String forwarded = "On Mon, Ann wrote:\n> the whole message";
    assertEquals(forwarded, QuoteStripper.strip(forwarded));
  }

  @Test
  void htmlBecomesReadableText() {
    assertEquals("Title\n\nHello & welcome,\n- one\n- two\nLine 2",
        HtmlText.toText("<h1>Title</h1><p></p><p>Hello &amp; welcome,</p><ul><li>one</li><li>two</li></ul>Line&#32;2<script>x()</script>"));
  }

  @Test
  void subjectsLoseReplyPrefixes() {
    assertEquals("Refund", Subjects.base("Re: AW: Fwd: Refund"));
    assertEquals("退款", Subjects.base("回复：退款"));
    assertEquals("Re: Refund", Subjects.reply("RE: Refund"));
    assertEquals("Re: your message", Subjects.reply(""));
  }

  @Test
  void messageIdsAreKeptBare() {
    assertEquals(List.of("a@x", "b@y"), MessageIds.parse(" <a@x>\r\n\t<b@y> "));
    assertEquals("c@z", MessageIds.first("c@z"));
    assertEquals("<a@x> <b@y>", MessageIds.bracketed(List.of("a@x", "b@y")));
  }

  @Test
  void storedValuesSurviveLineBreaksAndBackslashes() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("subject", "two\nlines \\ and\r\nmore");
    fields.put("refs", "a@x b@y");
    assertEquals(fields, ThreadStore.decode(ThreadStore.encode(fields)));
  }

  @Test
  void threadReferencesKeepTheRootAndTheNewest() {
    ThreadStore.EmailThread t = new ThreadStore.EmailThread("root", "s", "c@x", "root", List.of("root"));
    for (int i = 0; i < 30; i++) {
      t = t.with("m" + i);
    }
    assertEquals(ThreadStore.MAX_REFERENCES, t.references().size());
    assertEquals("root", t.references().get(0));
    assertEquals("m29", t.latest());
    assertEquals("m29", t.references().get(ThreadStore.MAX_REFERENCES - 1));
  }

  @Test
  void failuresBackOffAndHoldScheduledPolls() {
    BindingState s = new BindingState("t/a");
    Instant now = Instant.parse("2025-06-02T10:00:00Z");
    assertTrue(s.claimPoll(now));
    s.pollDone();
    assertEquals(Duration.ofSeconds(30), s.failed(now, "refused"));
    assertFalse(s.claimPoll(now.plusSeconds(29)));
    assertTrue(s.claimPoll(now.plusSeconds(30)));
    assertFalse(s.claimPoll(now.plusSeconds(31)), "one queued poll at a time");
    s.pollDone();
    assertEquals(Duration.ofSeconds(60), s.failed(now, "refused"));
    for (int i = 0; i < 20; i++) {
      s.failed(now, "refused");
    }
    assertEquals(Duration.ofHours(1), s.failed(now, "refused"));
    s.succeeded(now, Duration.ofSeconds(60), false);
    assertFalse(s.claimPoll(now.plusSeconds(59)));
    assertTrue(s.claimPoll(now.plusSeconds(60)));
  }
}
