package dev.frontdesk.identity;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/** Compact RS256 JSON Web Tokens and JSON Web Key Sets, with the JDK's own crypto. */
public final class Jwt {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private Jwt() {}

  public static String signRs256(String kid, RSAPrivateKey key, JsonObject claims) {
    JsonObject header =
        Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", kid).build();
    String signingInput = encode(header) + "." + encode(claims);
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key);
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + B64.encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign a token", e);
    }
  }

  /** A JWKS document ({@code {"keys":[...]}}) for the given public keys by key id. */
  public static String jwks(Map<String, RSAPublicKey> keys) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    keys.forEach(
        (kid, key) ->
            array.add(
                Json.createObjectBuilder()
                    .add("kty", "RSA")
                    .add("use", "sig")
                    .add("alg", "RS256")
                    .add("kid", kid)
                    .add("n", unsigned(key.getModulus()))
                    .add("e", unsigned(key.getPublicExponent()))));
    return Json.createObjectBuilder().add("keys", array).build().toString();
  }

  private static String encode(JsonObject json) {
    return B64.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** JWK integers are unsigned big-endian: drop the sign byte BigInteger adds. */
  private static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return B64.encodeToString(bytes);
  }
}
