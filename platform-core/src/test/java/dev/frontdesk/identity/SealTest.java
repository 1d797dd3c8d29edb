package dev.frontdesk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SealTest {

  private static Seal seal(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return new Seal(new SecretKeySpec(key, "AES"));
  }

  @Test
  void opensWhatItSealedAndHidesTheText() throws GeneralSecurityException {
    String json = "{\"tenantId\":\"t1\",\"data\":{\"text\":\"my card number is 4242\"}}";
    String sealed = seal(1).seal(json);
    assertFalse(sealed.contains("4242"));
    assertFalse(new String(Base64.getDecoder().decode(sealed)).contains("4242"));
    assertNotEquals(sealed, seal(1).seal(json), "a fresh nonce every time");
    assertEquals(json, seal(1).open(sealed));
  }

  @Test
  void refusesForgedAlteredOrForeignNotifications() {
    String sealed = seal(1).seal("{\"type\":\"message\"}");
    byte[] bytes = Base64.getDecoder().decode(sealed);
    bytes[bytes.length - 1] ^= 1;
    String altered = Base64.getEncoder().encodeToString(bytes);
    assertThrows(GeneralSecurityException.class, () -> seal(1).open(altered));
    assertThrows(GeneralSecurityException.class, () -> seal(2).open(sealed));
    assertThrows(GeneralSecurityException.class, () -> seal(1).open("{\"tenantId\":\"t1\",\"type\":\"message\"}"));
    assertThrows(GeneralSecurityException.class, () -> seal(1).open("AAAA"));
  }
}
