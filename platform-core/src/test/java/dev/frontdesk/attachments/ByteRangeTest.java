package dev.frontdesk.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

  private static ByteRange part(String header, long size) {
    return assertInstanceOf(ByteRange.Part.class, ByteRange.of(header, size)).range();
  }

  @Test
  void singleRanges() {
    assertEquals(new ByteRange(0, 99), part("bytes=0-99", 1000));
    assertEquals(new ByteRange(500, 999), part("bytes=500-", 1000));
    assertEquals(new ByteRange(900, 999), part("bytes=-100", 1000));
    assertEquals(new ByteRange(0, 999), part("bytes=-5000", 1000), "a suffix longer than the file is all of it");
    assertEquals(new ByteRange(990, 999), part("bytes=990-5000", 1000), "the end is clipped to the file");
    assertEquals("bytes 0-99/1000", new ByteRange(0, 99).contentRange(1000));
    assertEquals(100, new ByteRange(0, 99).length());
  }

  @Test
  void rangesOutsideTheFileAreUnsatisfiable() {
    assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of("bytes=1000-", 1000));
    assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of("bytes=-0", 1000));
  }

  @Test
  void whatWeDoNotServeAsAPartIsTheWholeFile() {
    assertInstanceOf(ByteRange.Whole.class, ByteRange.of(null, 1000));
    assertInstanceOf(ByteRange.Whole.class, ByteRange.of("bytes=0-1,5-6", 1000), "several ranges");
    assertInstanceOf(ByteRange.Whole.class, ByteRange.of("items=0-5", 1000));
    assertInstanceOf(ByteRange.Whole.class, ByteRange.of("bytes=9-3", 1000), "invalid: ignored");
    assertInstanceOf(ByteRange.Whole.class, ByteRange.of("bytes=-", 1000));
  }
}
