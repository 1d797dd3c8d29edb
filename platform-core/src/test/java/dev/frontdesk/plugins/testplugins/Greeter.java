package dev.frontdesk.plugins.testplugins;

import dev.frontdesk.spi.AssistantPlugin;
import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.ChannelPlugin;
import dev.frontdesk.spi.Content;
import dev.frontdesk.spi.ExternalCustomer;
import dev.frontdesk.spi.HttpEndpoint;
import dev.frontdesk.spi.InboundMessage;
import dev.frontdesk.spi.Json;
import dev.frontdesk.spi.OutboundMessage;
import dev.frontdesk.spi.PluginContext;
import java.util.Optional;

/**
 * A plugin that does a bit of everything: answers as an assistant (naming its version, so upgrades show), hands
 * off when asked for a human, receives channel messages by a public webhook, records the replies it "sends" in
 * its store, and reports whether platform classes are visible to it (they must not be).
 */
public class Greeter implements AssistantPlugin, HttpEndpoint, ChannelPlugin {

  private PluginContext context;

  @Override
  public void start(PluginContext context) {
    this.context = context;
  }

  @Override
  public Reply answer(Binding binding, Turn turn) {
    String text = turn.message() instanceof Content.Text t ? t.text() : "(not text)";
    if (text.toLowerCase().contains("human")) {
      return new HandOff("asked_for_human", Content.text("Passing you to a colleague."));
    }
    return Answer.of(
        Content.text("[" + context.pluginVersion() + "] " + binding.config().string("greeting", "Hello") + ", you said: " + text));
  }

  @Override
  public String channel() {
    return "greeter";
  }

  @Override
  public String send(Binding binding, OutboundMessage message) {
    String text = message.content() instanceof Content.Text t ? t.text() : message.content().getClass().getSimpleName();
    binding.store().put("sent/" + message.customer().id() + "/" + message.messageId(), text);
    return "greeter-" + message.messageId();
  }

  @Override
  public Response handle(Request request) {
    switch (request.path()) {
      case "/hook" -> {
        String tenant = request.queryParam("tenant").orElse("");
        Optional<Binding> b = context.binding(tenant);
        if (b.isEmpty() || !request.queryParam("token").equals(b.get().config().string("token"))) {
          return Response.problem(403, "Forbidden", "unknown tenant or wrong token");
        }
        var receipt =
            b.get().inbound().receive(
                new InboundMessage(
                    request.queryParam("account").orElse(null),
                    new ExternalCustomer(request.queryParam("from").orElse("someone"), "Greeter customer", null),
                    request.queryParam("thread").orElse(null),
                    request.queryParam("id").orElseThrow(),
                    Content.text(request.bodyText())));
        return Response.json(200, "{\"sessionId\":" + Json.quote(receipt.sessionId()) + ",\"duplicate\":" + receipt.duplicate() + "}");
      }
      case "/hello" -> {
        return Response.json(200, "{\"version\":" + Json.quote(context.pluginVersion()) + ",\"tenant\":"
            + Json.quote(request.binding().map(Binding::tenantId).orElse(null)) + ",\"greeting\":"
            + Json.quote(request.binding().map(b -> b.config().string("greeting", "Hello")).orElse(null)) + "}");
      }
      case "/sent" -> {
        var sent = request.binding().orElseThrow().store().list("sent/", 100);
        StringBuilder json = new StringBuilder("[");
        sent.values().forEach(v -> json.append(json.length() > 1 ? "," : "").append(Json.quote(v)));
        return Response.json(200, json.append("]").toString());
      }
      case "/peek" -> {
        return Response.json(200, "{\"platformVisible\":" + visible("dev.frontdesk.plugins.PluginRuntime")
            + ",\"persistenceVisible\":" + visible("jakarta.persistence.EntityManager") + "}");
      }
      default -> {
        return Response.problem(404, "Not Found", "no such greeter endpoint: " + request.path());
      }
    }
  }

  private static boolean visible(String className) {
    try {
      Class.forName(className, false, Thread.currentThread().getContextClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      try {
        Class.forName(className, false, Greeter.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException e2) {
        return false;
      }
    }
  }
}
