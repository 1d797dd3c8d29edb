package ${package};

import dev.frontdesk.spi.AssistantPlugin;
import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.Content;
import dev.frontdesk.spi.HttpEndpoint;
import dev.frontdesk.spi.PluginContext;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The example plugin, listed in META-INF/frontdesk-plugin.json. One class, two extension points:
 *
 * <ul>
 *   <li>{@link AssistantPlugin}: answers a customer's message from the binding's keyword list, hands the session to
 *       a human when nothing matches or the customer asks for one, and logs the questions it could not answer;
 *   <li>{@link HttpEndpoint}, under /api/v1/plugins/{pluginId}: GET /rules and GET/DELETE /unanswered for the
 *       tenant's staff (the platform checks their token), and POST /ask for the tenant's own systems (a public
 *       path: the plugin checks the API key from the binding's secret setting itself).
 * </ul>
 *
 * <p>The host creates one instance per loaded plugin version and calls it from several threads at once, for every
 * tenant: keep per-tenant state in the {@link Binding} (its config and store), never in fields.
 */
public class KeywordAssistant implements AssistantPlugin, HttpEndpoint {

  private static final Set<String> ASKS_FOR_HUMAN = Set.of("human", "agent", "operator", "人工");

  private PluginContext context;
  private JsonProvider json;

  @Override
  public void start(PluginContext context) {
    this.context = context;
    // Found through the thread's context class loader, which the host sets to this plugin's: Parsson, from lib/.
    this.json = JsonProvider.provider();
    context.log().info("{} {} started", context.pluginId(), context.pluginVersion());
  }

  // --- AssistantPlugin -------------------------------------------------------------------------------------

  @Override
  public Reply answer(Binding binding, Turn turn) {
    if (!(turn.message() instanceof Content.Text text)) {
      return handOff(binding, "unsupported_message");
    }
    String question = text.text();
    if (asksForHuman(question)) {
      return handOff(binding, "asked_for_human");
    }
    Optional<String> answer = book(binding).answer(question);
    if (answer.isPresent()) {
      context.metrics().increment("answered");
      return Answer.of(Content.text(answer.get()));
    }
    if (!UnansweredLog.record(binding.store(), question, Instant.now())) {
      context.log().warn("tenant {}: storage quota full, question not logged", binding.tenantId());
    }
    return handOff(binding, "low_confidence");
  }

  private Reply handOff(Binding binding, String reason) {
    context.metrics().increment("handed_off");
    return new HandOff(reason, Content.text(binding.config().string("handOffMessage", "One moment, please.")));
  }

  private static boolean asksForHuman(String question) {
    String text = " " + AnswerBook.words(question) + " ";
    return ASKS_FOR_HUMAN.stream().anyMatch(word -> AnswerBook.contains(text, word));
  }

  /** The binding's rules. Read on every call: a tenant admin's change applies at once, and 100 lines are cheap. */
  private static AnswerBook book(Binding binding) {
    Object lines = binding.config().values().get("answers"); // an array setting arrives as a List of strings
    return AnswerBook.parse(lines instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of());
  }

  // --- HttpEndpoint ----------------------------------------------------------------------------------------

  @Override
  public Response handle(Request request) {
    String route = request.method() + " " + request.path();
    return switch (route) {
      case "POST /ask" -> ask(request);
      case "GET /rules" -> rules(request.binding().orElseThrow());
      case "GET /unanswered" -> unanswered(request.binding().orElseThrow());
      case "DELETE /unanswered" -> clearUnanswered(request);
      default -> Response.problem(
          404, "Not Found", "There is no " + route + " here: try GET /rules, GET or DELETE /unanswered, POST /ask.");
    };
  }

  /** Public: whoever calls must prove they know the tenant's API key. */
  private Response ask(Request request) {
    Optional<String> tenant = request.queryParam("tenant");
    if (tenant.isEmpty()) {
      return Response.problem(400, "Bad Request", "Name the tenant: POST /ask?tenant={tenantId}.");
    }
    Optional<Binding> binding = context.binding(tenant.get());
    if (binding.isEmpty()) {
      return Response.problem(404, "Not Found", "The plugin is not enabled for this tenant.");
    }
    Optional<String> apiKey = binding.get().config().string("apiKey");
    if (apiKey.isEmpty()) {
      return Response.problem(403, "Forbidden", "/ask is closed: a tenant admin has not set the plugin's API key.");
    }
    byte[] given = request.header("X-Api-Key").orElse("").getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, apiKey.get().getBytes(StandardCharsets.UTF_8))) { // constant time
      return Response.problem(401, "Unauthorized", "The X-Api-Key header is missing or wrong.");
    }
    String question;
    try (JsonReader reader = json.createReader(new StringReader(request.bodyText()))) {
      JsonObject body = reader.readObject();
      question = body.getString("question", "").strip();
    } catch (JsonException | IllegalStateException e) {
      return Response.problem(400, "Bad Request", "Send a JSON object such as {\"question\": \"Where is my order?\"}.");
    }
    if (question.isEmpty()) {
      return Response.problem(400, "Bad Request", "\"question\" must be a text that is not empty.");
    }
    Optional<String> answer = book(binding.get()).answer(question);
    JsonObjectBuilder out = json.createObjectBuilder().add("answered", answer.isPresent());
    answer.ifPresent(a -> out.add("answer", a));
    return Response.json(200, write(out.build()));
  }

  /** How the plugin read this binding's settings: lets an admin spot a rule it could not read. */
  private Response rules(Binding binding) {
    AnswerBook book = book(binding);
    JsonArrayBuilder rules = json.createArrayBuilder();
    for (AnswerBook.Rule rule : book.rules()) {
      rules.add(json.createObjectBuilder()
          .add("keywords", json.createArrayBuilder(rule.keywords()))
          .add("answer", rule.answer()));
    }
    JsonObjectBuilder out = json.createObjectBuilder().add("tenant", binding.tenantId());
    binding.accountId().ifPresentOrElse(a -> out.add("account", a), () -> out.addNull("account"));
    out.add("rules", rules).add("unreadable", json.createArrayBuilder(book.unreadable()));
    return Response.json(200, write(out.build()));
  }

  private Response unanswered(Binding binding) {
    JsonArrayBuilder questions = json.createArrayBuilder();
    for (UnansweredLog.Entry e : UnansweredLog.newest(binding.store())) {
      questions.add(json.createObjectBuilder().add("at", e.at().toString()).add("question", e.question()));
    }
    return Response.json(200, write(json.createObjectBuilder().add("questions", questions).build()));
  }

  private Response clearUnanswered(Request request) {
    if (!request.caller().orElseThrow().admin()) {
      return Response.problem(403, "Forbidden", "Only a tenant admin may clear the unanswered questions.");
    }
    UnansweredLog.clear(request.binding().orElseThrow().store());
    return Response.noContent();
  }

  private String write(JsonStructure value) {
    StringWriter out = new StringWriter();
    try (JsonWriter writer = json.createWriter(out)) {
      writer.write(value);
    }
    return out.toString();
  }
}
