package dev.frontdesk.plugins.testplugins;

import dev.frontdesk.spi.AssistantPlugin;
import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.PluginContext;

/** Throws from start: the host must refuse to install it and leave any running version alone. */
public class FailsToStart implements AssistantPlugin {

  @Override
  public void start(PluginContext context) {
    throw new IllegalStateException("missing something it needs");
  }

  @Override
  public Reply answer(Binding binding, Turn turn) {
    throw new AssertionError("never started");
  }
}
