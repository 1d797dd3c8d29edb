package dev.frontdesk.spi;

/** The platform's log, with every line marked with the plugin's id. Messages use {@code {}} placeholders. */
public interface PluginLog {

  void info(String message, Object... args);

  void warn(String message, Object... args);

  void error(String message, Throwable error);
}
