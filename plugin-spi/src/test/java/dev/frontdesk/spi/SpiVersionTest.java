package dev.frontdesk.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpiVersionTest {

  private final SpiVersion v120 = SpiVersion.parse("1.2.0");

  @Test
  void parsesShortForms() {
    assertEquals(new SpiVersion(1, 0, 0), SpiVersion.parse("1"));
    assertEquals(new SpiVersion(1, 2, 0), SpiVersion.parse("1.2"));
    assertEquals("1.2.3", SpiVersion.parse(" 1.2.3 ").toString());
  }

  @Test
  void rejectsGarbage() {
    assertThrows(IllegalArgumentException.class, () -> SpiVersion.parse("1.x"));
    assertThrows(IllegalArgumentException.class, () -> SpiVersion.parse("1.2.3.4"));
    assertThrows(IllegalArgumentException.class, () -> SpiVersion.parse(""));
    assertThrows(IllegalArgumentException.class, () -> v120.satisfies("[1.0"));
  }

  @Test
  void bareVersionMeansSameMajorAtLeastThatMinor() {
    assertTrue(v120.satisfies("1.0"));
    assertTrue(v120.satisfies("1.2"));
    assertFalse(v120.satisfies("1.3"));
    assertFalse(v120.satisfies("2.0"));
    assertFalse(SpiVersion.parse("2.0").satisfies("1.0"));
  }

  @Test
  void intervalsHonourOpenAndClosedBounds() {
    assertTrue(v120.satisfies("[1.0,2.0)"));
    assertTrue(v120.satisfies("[1.2,1.2]"));
    assertFalse(v120.satisfies("(1.2,2.0)"));
    assertFalse(v120.satisfies("[1.0,1.2)"));
    assertTrue(v120.satisfies("[1.0,]"));
    assertTrue(v120.satisfies("(,1.2]"));
    assertFalse(SpiVersion.parse("2.0").satisfies("[1.0,2.0)"));
  }
}
