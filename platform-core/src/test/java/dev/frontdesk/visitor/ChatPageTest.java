package dev.frontdesk.visitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChatPageTest {

  @Test
  void thePanelLoadsOnlyFromFrontdeskAndIsFramedOnlyByTheAllowedSites() {
    String policy = ChatPage.policy(List.of("https://shop.example.com", "http://127.0.0.1:8081"));
    assertEquals(
        "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self';"
            + " style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'self' https://shop.example.com http://127.0.0.1:8081",
        policy);
  }

  @Test
  void withoutAllowedSitesOnlyFrontdeskFramesIt() {
    String policy = ChatPage.policy(List.of());
    assertEquals("frame-ancestors 'self'", policy.substring(policy.lastIndexOf(';') + 2));
  }
}
