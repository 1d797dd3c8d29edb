package dev.frontdesk.plugins.testplugins;

import dev.frontdesk.spi.AssistantPlugin;
import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.Content;
import dev.frontdesk.spi.HttpEndpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately bad assistant: its behaviour comes from the binding's {@code mode} setting: {@code throw},
 * {@code sleep} (waits forever, but answers interruption), {@code spin} (a busy loop that ignores it), {@code
 * hog} (allocates without end, keeping everything), or {@code ok}.
 */
public class Misbehaving implements AssistantPlugin, HttpEndpoint {

  /** Keeps what {@code hog} allocated reachable, as a leaking plugin would. */
  private final List<byte[]> hoard = new ArrayList<>();

  @Override
  public Reply answer(Binding binding, Turn turn) throws Exception {
    misbehave(binding.config().string("mode", "ok"));
    return Answer.of(Content.text("fine"));
  }

  @Override
  public Response handle(Request request) throws Exception {
    misbehave(request.queryParam("mode").orElse("ok"));
    return Response.json(200, "{\"ok\":true}");
  }

  private void misbehave(String mode) throws Exception {
    switch (mode) {
      case "throw" -> throw new IllegalStateException("this plugin always fails");
      case "sleep" -> Thread.sleep(Long.MAX_VALUE);
      case "spin" -> {
        long x = 0;
        while (x >= 0) {
          x = (x + 1) % 1_000_000;
        }
      }
      case "hog" -> {
        while (true) {
          hoard.add(new byte[1024 * 1024]);
        }
      }
      default -> {}
    }
  }
}
