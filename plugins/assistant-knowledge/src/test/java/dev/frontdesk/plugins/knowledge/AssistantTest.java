package dev.frontdesk.plugins.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.spi.AssistantPlugin.Answer;
import dev.frontdesk.spi.AssistantPlugin.HandOff;
import dev.frontdesk.spi.AssistantPlugin.Reply;
import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.Content;
import dev.frontdesk.spi.HttpEndpoint;
import dev.frontdesk.spi.testing.TestHost;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssistantTest {

  static final HttpEndpoint.Caller ADMIN = Evaluation.ADMIN;

  TestHost host;

  @BeforeEach
  void start() throws Exception {
    host = TestHost.start();
  }

  @AfterEach
  void stop() throws Exception {
    host.close();
  }

  private Binding faq(Map<String, Object> config) throws Exception {
    return Evaluation.loadFaq(host, config);
  }

  private static String text(Reply r) {
    Answer a = assertInstanceOf(Answer.class, r);
    return ((Content.Text) a.messages().get(0)).text();
  }

  @Test
  void answersAParaphraseWithTheEntrysAnswer() throws Exception {
    Binding b = faq(Map.of());
    Reply r = host.ask(b, "what is the status of my order");
    Answer a = assertInstanceOf(Answer.class, r);
    assertTrue(a.answered());
    assertTrue(text(r).contains("open My Orders to see each order's status"), text(r));
    assertTrue(text(host.ask(b, "订单怎么取消啊")).contains("订单发货前可在“我的订单”中直接取消"));
    assertEquals(2, host.counter("answered"));
  }

  @Test
  void handsOffWhenTheCustomerAsksForAPerson() throws Exception {
    Binding b = faq(Map.of());
    for (String ask : List.of("转人工", "我要真人", "Let me talk to a HUMAN please", "agent!", "can I speak to a real   person")) {
      HandOff h = assertInstanceOf(HandOff.class, host.ask(b, ask), ask);
      assertEquals("asked_for_human", h.reason());
      assertEquals(Settings.HANDOFF_MESSAGE, ((Content.Text) h.message()).text());
    }
    assertEquals(5, host.counter("handoff.asked_for_human"));
  }

  @Test
  void humanKeywordsAreConfigurableAndMatchWholeWords() throws Exception {
    Binding b = faq(Map.of("humanKeywords", List.of("supervisor"), "handoffMessage", "One moment."));
    HandOff h = assertInstanceOf(HandOff.class, host.ask(b, "get me your Supervisor"));
    assertEquals("One moment.", ((Content.Text) h.message()).text());
    assertFalse(HumanRequest.asks("is the agentless setup supported", List.of("agent")));
    assertTrue(HumanRequest.asks("我要找agent", List.of("agent")));
    assertFalse(HumanRequest.asks("我要转人工", List.of("supervisor")));
    // With the defaults replaced, "人工" is an ordinary word again.
    assertFalse(host.ask(b, "转人工") instanceof HandOff h2 && h2.reason().equals("asked_for_human"));
  }

  @Test
  void outOfScopeQuestionsHandOffForLowConfidence() throws Exception {
    Binding b = faq(Map.of());
    HandOff h = assertInstanceOf(HandOff.class, host.ask(b, "明天北京天气怎么样"));
    assertEquals("low_confidence", h.reason());
    assertEquals(Settings.LOW_CONFIDENCE_MESSAGE, ((Content.Text) h.message()).text());
    assertEquals("low_confidence", ((HandOff) host.ask(b, "what is the capital of Australia")).reason());
  }

  @Test
  void anEmptyFaqHandsEverythingOff() throws Exception {
    Binding b = host.bind("empty", null, Map.of());
    assertEquals("low_confidence", ((HandOff) host.ask(b, "how do I return an item")).reason());
  }

  @Test
  void thresholdsDecideBetweenAnswerMenuAndHandOff() throws Exception {
    String q = "how long until my refund arrives";
    Binding b = faq(Map.of("answerThreshold", 0.99, "suggestThreshold", 0.1));
    Answer menu = assertInstanceOf(Answer.class, host.ask(b, q));
    assertFalse(menu.answered());
    Content.Menu m = assertInstanceOf(Content.Menu.class, menu.messages().get(0));
    assertEquals(Settings.SUGGEST_HEAD, m.head());
    assertTrue(m.options().size() <= 3 && !m.options().isEmpty());
    assertTrue(m.options().stream().anyMatch(o -> o.id().equals("refund-time") && o.label().equals("退款多久到账？")), m.options().toString());

    b = faq(Map.of("answerThreshold", 0.99, "suggestThreshold", 0.99));
    assertEquals("low_confidence", ((HandOff) host.ask(b, q)).reason());

    b = faq(Map.of("answerThreshold", 0.99, "suggestThreshold", 0.1, "maxSuggestions", 1, "suggestTail", ""));
    Content.Menu one = (Content.Menu) ((Answer) host.ask(b, q)).messages().get(0);
    assertEquals(1, one.options().size());
    assertNull(one.tail());
  }

  @Test
  void aMenuClickAnswersTheChosenEntry() throws Exception {
    Binding b = faq(Map.of("answerThreshold", 0.99, "suggestThreshold", 0.1, "maxUnansweredTurns", 3));
    Answer menu = (Answer) host.ask(b, "s1", Content.text("how long until my refund arrives"));
    Content.Option option = ((Content.Menu) menu.messages().get(0)).options().get(0);
    Reply r = host.ask(b, "s1", new Content.Text(option.label(), option.id()));
    assertTrue(((Answer) r).answered());
    assertEquals(new FaqStore(b.store()).get(option.id()).orElseThrow().answer(), text(r));
    assertTrue(b.store().list(FaqStore.TURNS, 10).isEmpty(), "the counter is cleared on an answer");
  }

  @Test
  void aClickOnADeletedEntrySearchesItsLabel() throws Exception {
    Binding b = faq(Map.of());
    host.http("DELETE", "/entries/refund-time", null, ADMIN);
    Reply r = host.ask(b, "s1", new Content.Text("退款多久到账？", "refund-time"));
    assertFalse(r instanceof Answer a && a.answered() && text(r).contains("1-3 个工作日内退款"));
  }

  @Test
  void consecutiveUnansweredTurnsHandOff() throws Exception {
    Binding b = faq(Map.of("answerThreshold", 0.99, "suggestThreshold", 0.1));
    String q = "how long until my refund arrives";
    assertFalse(((Answer) host.ask(b, "s1", Content.text(q))).answered());
    assertEquals(1, new FaqStore(b.store()).unanswered("s1"));
    HandOff h = assertInstanceOf(HandOff.class, host.ask(b, "s1", Content.text(q)));
    assertEquals("unanswered_turns", h.reason());
    assertEquals(Settings.UNANSWERED_MESSAGE, ((Content.Text) h.message()).text());
    assertEquals(0, new FaqStore(b.store()).unanswered("s1"), "the counter is cleared on hand-off");

    Binding three = faq(Map.of("answerThreshold", 0.99, "suggestThreshold", 0.1, "maxUnansweredTurns", 3));
    assertInstanceOf(Answer.class, host.ask(three, "s2", Content.text(q)));
    assertInstanceOf(Answer.class, host.ask(three, "s2", Content.text(q)));
    assertEquals("unanswered_turns", ((HandOff) host.ask(three, "s2", Content.text(q))).reason());
    // Sessions are counted apart.
    assertInstanceOf(Answer.class, host.ask(three, "s3", Content.text(q)));
  }

  @Test
  void anAnswerResetsTheUnansweredCount() throws Exception {
    Binding b = faq(Map.of("answerThreshold", 0.6, "suggestThreshold", 0.1, "maxUnansweredTurns", 2));
    String vague = "how long until my refund arrives";
    Reply first = host.ask(b, "s1", Content.text(vague));
    assertFalse(((Answer) first).answered(), "a one-word question gets a menu");
    assertTrue(((Answer) host.ask(b, "s1", Content.text("订单怎么取消啊"))).answered());
    assertFalse(((Answer) host.ask(b, "s1", Content.text(vague))).answered(), "the count started again");
  }

  @Test
  void longSessionIdsStayWithinTheKeyLimit() throws Exception {
    Binding b = faq(Map.of("answerThreshold", 0.99, "suggestThreshold", 0.1));
    String session = "s".repeat(500);
    host.ask(b, session, Content.text("how long until my refund arrives"));
    assertEquals(1, new FaqStore(b.store()).unanswered(session));
    assertTrue(FaqStore.turnsKey(session).length() <= 200);
  }

  @Test
  void staleCountersAreDropped() throws Exception {
    Binding b = faq(Map.of());
    FaqStore store = new FaqStore(b.store());
    store.setUnanswered("old", 1, 1_000);
    store.setUnanswered("new", 1, System.currentTimeMillis());
    assertEquals(1, store.dropStaleCounters(System.currentTimeMillis() - 60_000));
    assertEquals(0, store.unanswered("old"));
    assertEquals(1, store.unanswered("new"));
  }

  @Test
  void nonTextMessagesGoToAPerson() throws Exception {
    Binding b = faq(Map.of());
    Reply r = host.ask(b, "s1", new Content.File("image", "a.png", "image/png", new byte[] {1}));
    assertEquals("unsupported_content", assertInstanceOf(HandOff.class, r).reason());
  }

  @Test
  void theIndexFollowsEditsFromThisNodeAndOthers() throws Exception {
    Binding b = faq(Map.of());
    String q = "what is the status of my order";
    assertTrue(text(host.ask(b, q)).contains("each order's status"));

    // Through the API, on this node.
    String edited = "{\"category\":\"orders\",\"questions\":[\"How can I check my order status?\"],\"answer\":\"Refunds take 2 days.\"}";
    assertEquals(200, host.http("PUT", "/entries/order-status", edited, ADMIN).status());
    assertEquals("Refunds take 2 days.", text(host.ask(b, q)));

    // Straight into the shared store with a new revision, as another node of the cluster would.
    b.store().put(FaqStore.ENTRY + "order-status",
        "{\"id\":\"order-status\",\"category\":\"orders\",\"questions\":[\"How can I check my order status?\"],\"answer\":\"Refunds take 3 days.\"}");
    assertEquals("Refunds take 2 days.", text(host.ask(b, q)), "no revision change, no rebuild");
    b.store().put(FaqStore.REVISION, "from-another-node");
    assertEquals("Refunds take 3 days.", text(host.ask(b, q)));

    assertEquals(204, host.http("DELETE", "/entries/order-status", null, ADMIN).status());
    assertFalse(host.ask(b, q) instanceof Answer a && a.answered() && text(a).contains("Refunds take"));
  }

  @Test
  void categoriesLimitWhatABindingAnswers() throws Exception {
    Binding b = faq(Map.of("categories", List.of("payment")));
    assertEquals("low_confidence", ((HandOff) host.ask(b, "what is the status of my order")).reason());
    assertTrue(text(host.ask(b, "能分期吗")).contains("分期"));
  }

  @Test
  void tenantsDoNotSeeEachOthersFaq() throws Exception {
    faq(Map.of());
    Binding other = host.bind("other-tenant", null, Map.of());
    assertEquals("low_confidence", ((HandOff) host.ask(other, "what is the status of my order")).reason());
  }
}
