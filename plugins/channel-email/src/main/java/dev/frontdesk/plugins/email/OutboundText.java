package dev.frontdesk.plugins.email;

import dev.frontdesk.spi.Content;

/** Business messages as plain text for an email body: links with their address, menus as numbered options. */
final class OutboundText {

  private OutboundText() {}

  static String render(Content content) {
    if (content instanceof Content.Text t) {
      return t.text();
    }
    if (content instanceof Content.Link l) {
      StringBuilder out = new StringBuilder(l.title());
      if (l.description() != null && !l.description().isBlank()) {
        out.append("\n").append(l.description().strip());
      }
      return out.append("\n").append(l.url()).toString();
    }
    if (content instanceof Content.Menu m) {
      StringBuilder out = new StringBuilder();
      if (m.head() != null && !m.head().isBlank()) {
        out.append(m.head().strip()).append("\n\n");
      }
      int n = 0;
      for (Content.Option o : m.options()) {
        out.append(++n).append(". ").append(o.label()).append('\n');
      }
      out.append("\nReply with the number of your choice.");
      if (m.tail() != null && !m.tail().isBlank()) {
        out.append("\n\n").append(m.tail().strip());
      }
      return out.toString();
    }
    throw new UnsupportedOperationException(
        "the email channel cannot send " + content.getClass().getSimpleName() + " messages");
  }
}
