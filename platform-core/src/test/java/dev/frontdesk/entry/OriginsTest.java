package dev.frontdesk.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OriginsTest {

  @Test
  void normalizesAllowListEntries() {
    assertEquals("https://shop.example.com", Origins.normalize(" HTTPS://Shop.Example.com/ "));
    assertEquals("http://127.0.0.1:5173", Origins.normalize("http://127.0.0.1:5173"));
    assertThrows(IllegalArgumentException.class, () -> Origins.normalize("shop.example.com"));
    assertThrows(IllegalArgumentException.class, () -> Origins.normalize("https://shop.example.com/path"));
  }

  @Test
  void recognizesPagesFrontdeskServedItself() {
    assertTrue(Origins.sameHost("http://127.0.0.1:8080", "127.0.0.1:8080"));
    assertTrue(Origins.sameHost("https://Desk.Example.com", "desk.example.com"));
    assertTrue(Origins.sameHost("https://desk.example.com", "desk.example.com:443"));
    assertFalse(Origins.sameHost("http://localhost:8080", "127.0.0.1:8080"), "another name is another site");
    assertFalse(Origins.sameHost("https://evil.example", "desk.example.com"));
    assertFalse(Origins.sameHost("http://desk.example.com:8081", "desk.example.com:8080"));
    assertFalse(Origins.sameHost("null", "desk.example.com"));
    assertFalse(Origins.sameHost(null, "desk.example.com"));
    assertFalse(Origins.sameHost("https://desk.example.com", null));
  }
}
