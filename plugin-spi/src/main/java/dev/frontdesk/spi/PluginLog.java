package dev.frontdesk.spi;

/** The platform's log, with every line marked with the plugin's id. Messages use {@code {}} placeholders. */
public interface PluginLog {

  void info(String message, Object... args);

  void warn(String message, Object... args);

  void error(String message, Throwable error);

  /** The message with each {@code {}} replaced by the next argument, as every implementation formats it. */
  static String format(String message, Object... args) {
    if (message == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    int arg = 0;
    int from = 0;
    int at;
    while ((at = message.indexOf("{}", from)) >= 0) {
      out.append(message, from, at).append(args != null && arg < args.length ? String.valueOf(args[arg++]) : "{}");
      from = at + 2;
    }
    return out.append(message.substring(from)).toString();
  }
}
