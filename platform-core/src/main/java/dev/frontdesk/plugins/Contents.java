package dev.frontdesk.plugins;

import dev.frontdesk.conversation.MessageContent;
import dev.frontdesk.spi.Content;
import java.util.List;
import java.util.function.Function;
import java.util.UUID;

/** Translates message contents between the engine's types and the SPI's. */
final class Contents {

  private Contents() {}

  /**
   * What a plugin sees of a stored message. Files carry their bytes only where {@code bytes} provides them (a
   * channel delivering them); elsewhere they are described as text.
   */
  static Content toSpi(MessageContent c, Function<UUID, byte[]> bytes) {
    if (c instanceof MessageContent.Text t) {
      return new Content.Text(t.text(), t.menuId());
    }
    if (c instanceof MessageContent.Menu m) {
      return new Content.Menu(
          m.head(), m.items().stream().map(i -> new Content.Option(i.id(), i.content())).toList(), m.tail());
    }
    if (c instanceof MessageContent.Link l) {
      return new Content.Link(l.title(), l.url(), l.description());
    }
    if (c instanceof MessageContent.Media m && bytes != null) {
      return new Content.File(
          m.kind().name().toLowerCase(java.util.Locale.ROOT), m.name() == null ? "file" : m.name(),
          m.contentType() == null ? "application/octet-stream" : m.contentType(), bytes.apply(m.attachmentId()));
    }
    if (c instanceof MessageContent.Media m) {
      return Content.text("[" + m.kind().name().toLowerCase(java.util.Locale.ROOT) + (m.name() == null ? "" : ": " + m.name()) + "]");
    }
    if (c instanceof MessageContent.Location l) {
      return Content.text("[location" + (l.name() == null ? "" : ": " + l.name()) + " " + l.latitude() + "," + l.longitude() + "]");
    }
    if (c instanceof MessageContent.BusinessCard b) {
      return Content.text("[business card: " + b.name() + "]");
    }
    return Content.text("[" + c.type().name().toLowerCase(java.util.Locale.ROOT) + "]");
  }

  /** A business message a plugin wants sent (the assistant's answers): text, a menu, or a link. */
  static MessageContent toEngine(Content c) {
    if (c instanceof Content.Text t) {
      return MessageContent.Text.of(t.text());
    }
    if (c instanceof Content.Menu m) {
      List<MessageContent.MenuItem> items =
          m.options().stream().map(o -> new MessageContent.MenuItem("click", o.id(), o.label(), null)).toList();
      return new MessageContent.Menu(m.head(), items, m.tail());
    }
    if (c instanceof Content.Link l) {
      return new MessageContent.Link(l.title(), l.url(), l.description(), null);
    }
    throw new IllegalArgumentException("an assistant may answer with text, menus and links, not " + c.getClass().getSimpleName());
  }
}
