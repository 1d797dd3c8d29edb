package dev.frontdesk.spi.testing.sample;

import dev.frontdesk.spi.AssistantPlugin;
import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.ChannelPlugin;
import dev.frontdesk.spi.Content;
import dev.frontdesk.spi.ExternalCustomer;
import dev.frontdesk.spi.HttpEndpoint;
import dev.frontdesk.spi.InboundMessage;
import dev.frontdesk.spi.OutboundMessage;
import dev.frontdesk.spi.PluginContext;
import java.util.Optional;

/** A channel whose "network" is a webhook and the plugin's store: exercises every handle of the harness. */
public class EchoChannel implements ChannelPlugin, HttpEndpoint, AssistantPlugin {

  private PluginContext context;

  @Override
  public void start(PluginContext context) {
    this.context = context;
  }

  @Override
  public String channel() {
    return "echo";
  }

  @Override
  public String send(Binding binding, OutboundMessage message) {
    String text = message.content() instanceof Content.Text t ? t.text() : "(file)";
    binding.store().put("sent/" + message.messageId(), text);
    context.metrics().increment("sent");
    return "echo-" + message.messageId();
  }

  @Override
  public Response handle(Request request) {
    if (request.path().equals("/webhook")) {
      String tenant = request.queryParam("tenant").orElse("");
      Optional<Binding> b = context.binding(tenant);
      if (b.isEmpty()) {
        return Response.problem(404, "Not Found", "unknown tenant");
      }
      var receipt =
          b.get().inbound().receive(
              new InboundMessage(null, new ExternalCustomer("c1", "Ann", null), request.queryParam("thread").orElse(null),
                  request.queryParam("id").orElseThrow(), Content.text(request.bodyText())));
      return Response.json(200, "{\"session\":\"" + receipt.sessionId() + "\",\"duplicate\":" + receipt.duplicate() + "}");
    }
    return Response.json(200, "{\"greeting\":\"" + request.binding().orElseThrow().config().string("greeting", "") + "\"}");
  }

  @Override
  public Reply answer(Binding binding, Turn turn) {
    String text = ((Content.Text) turn.message()).text();
    if (text.contains("human")) {
      return new HandOff("asked_for_human", Content.text("One moment."));
    }
    return Answer.of(Content.text(binding.config().string("greeting", "") + " turn " + turn.turn()));
  }
}
