package dev.frontdesk.plugins;

/** A plugin jar the host refuses: unsigned, tampered, a bad descriptor, an SPI range that does not match. */
public class PluginRejected extends Exception {

  public PluginRejected(String message) {
    super(message);
  }

  public PluginRejected(String message, Throwable cause) {
    super(message, cause);
  }
}
