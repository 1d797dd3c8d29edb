package dev.frontdesk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JwtTest {

  private static final KeyPair KEYS = generate();

  private static KeyPair generate() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject json(String base64url) {
    String text = new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8);
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void signsAJwtThatTheJdkVerifiesWithThePublicKey() throws Exception {
    JsonObject claims = Json.createObjectBuilder().add("sub", "42").add("groups", Json.createArrayBuilder().add("agent")).build();
    String token = Jwt.signRs256("kid-1", (RSAPrivateKey) KEYS.getPrivate(), claims);
    String[] parts = token.split("\\.");
    assertEquals(3, parts.length);
    JsonObject header = json(parts[0]);
    assertEquals("RS256", header.getString("alg"));
    assertEquals("JWT", header.getString("typ"), "Payara's MP-JWT requires typ JWT");
    assertEquals("kid-1", header.getString("kid"));
    assertEquals(claims, json(parts[1]));

    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(KEYS.getPublic());
    verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertTrue(verifier.verify(Base64.getUrlDecoder().decode(parts[2])));

    verifier.initVerify(KEYS.getPublic());
    verifier.update((parts[0] + "." + parts[1] + "x").getBytes(StandardCharsets.US_ASCII));
    assertFalse(verifier.verify(Base64.getUrlDecoder().decode(parts[2])), "a changed payload does not verify");
  }

  @Test
  void jwksCarriesTheModulusAndExponentAsUnsignedBase64Url() {
    RSAPublicKey key = (RSAPublicKey) KEYS.getPublic();
    JsonObject jwks = Json.createReader(new StringReader(Jwt.jwks(Map.of("k", key)))).readObject();
    JsonObject jwk = jwks.getJsonArray("keys").getJsonObject(0);
    assertEquals("RSA", jwk.getString("kty"));
    assertEquals("k", jwk.getString("kid"));
    byte[] n = Base64.getUrlDecoder().decode(jwk.getString("n"));
    assertEquals(256, n.length, "a 2048-bit modulus without a sign byte");
    assertEquals(key.getModulus(), new BigInteger(1, n));
    assertEquals(key.getPublicExponent(), new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("e"))));
  }
}
