package dev.frontdesk.plugins;

/** A call into a plugin that threw, overran its timeout, ran out of memory, or found the plugin busy or gone. */
public class PluginFailure extends RuntimeException {

  private final String pluginId;

  public PluginFailure(String pluginId, String message, Throwable cause) {
    super("plugin " + pluginId + ": " + message, cause);
    this.pluginId = pluginId;
  }

  public String pluginId() {
    return pluginId;
  }
}
