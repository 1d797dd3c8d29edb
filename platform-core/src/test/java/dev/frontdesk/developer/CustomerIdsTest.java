package dev.frontdesk.developer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomerIdsTest {

  @Test
  void splitsWellFormedIdsInOrderFromTheRestOnceEach() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    String upper = b.toString().toUpperCase();
    CustomerIds ids =
        CustomerIds.parse(Arrays.asList(a.toString(), "nope", upper, a.toString(), "1-2-3-4-5", "nope", null));
    assertEquals(List.of(a, b), List.copyOf(ids.wellFormed().keySet()));
    assertEquals(upper, ids.wellFormed().get(b), "reported back as it was sent");
    assertEquals(Arrays.asList("nope", "1-2-3-4-5", null), ids.malformed());
  }
}
