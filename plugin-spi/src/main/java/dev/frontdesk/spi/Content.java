package dev.frontdesk.spi;

import java.util.List;
import java.util.Objects;

/**
 * The content of one message crossing the plugin boundary, either way. New kinds may be added in a minor SPI
 * version: treat a kind you do not know as unsupported rather than failing.
 */
public interface Content {

  static Text text(String text) {
    return new Text(text, null);
  }

  /** Plain text; {@code menuId} is set when it is a customer's click on a menu option. */
  record Text(String text, String menuId) implements Content {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A file-carrying message. {@code kind} is one of image, video, voice, sticker, file. */
  record File(String kind, String name, String contentType, byte[] data) implements Content {
    public File {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(data, "data");
    }
  }

  record Link(String title, String url, String description) implements Content {
    public Link {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(url, "url");
    }
  }

  /** Options the customer clicks; a click comes back as {@link Text} with the option's id as {@code menuId}. */
  record Menu(String head, List<Option> options, String tail) implements Content {
    public Menu {
      options = List.copyOf(options);
      if (options.isEmpty()) {
        throw new IllegalArgumentException("a menu needs at least one option");
      }
    }
  }

  record Option(String id, String label) {
    public Option {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
    }
  }
}
