package dev.frontdesk.plugins;

import dev.frontdesk.api.Json;
import dev.frontdesk.api.Problem;
import dev.frontdesk.api.ProblemException;
import dev.frontdesk.identity.Seal;
import dev.frontdesk.identity.ServerSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.Type;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plugin settings as stored: the visible ones as JSON, the secret ones sealed with a server key; read back as
 * a plugin sees them. Shared by tenants' bindings and the platform admin's settings.
 */
@ApplicationScoped
public class SealedSettings {

  private static final String SECRETS_KEY = "plugin-secrets";
  private static final Type MAP = new java.util.HashMap<String, Object>() {}.getClass().getGenericSuperclass();

  @Inject ServerSecrets secrets;

  private volatile Seal seal;

  /** The visible part of checked settings, as JSON. */
  String visibleJson(ConfigSchema schema, Map<String, Object> values) {
    return Json.write(schema.visible(values));
  }

  /** The secret part of checked settings, sealed; null when there is none. */
  String sealSecrets(ConfigSchema schema, Map<String, Object> values) {
    Map<String, Object> secret = schema.secrets(values);
    return secret.isEmpty() ? null : seal().seal(Json.write(secret));
  }

  /** Sealed secrets opened; empty for null. */
  Map<String, Object> openSecrets(String sealed, String owner) {
    if (sealed == null) {
      return Map.of();
    }
    try {
      return Json.read(seal().open(sealed), MAP);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the plugin secrets of " + owner + " cannot be unsealed", e);
    }
  }

  /** Stored JSON read back with numbers as the SPI promises. */
  Map<String, Object> readVisible(String json) {
    return normalize(Json.read(json, MAP));
  }

  /** Everything a plugin sees: visible values and opened secrets. */
  Map<String, Object> values(String visibleJson, String sealed, String owner) {
    Map<String, Object> values = new LinkedHashMap<>(Json.<Map<String, Object>>read(visibleJson, MAP));
    values.putAll(openSecrets(sealed, owner));
    return normalize(values);
  }

  static jakarta.json.JsonObject input(String visibleJson) {
    return jakarta.json.Json.createReader(new java.io.StringReader(visibleJson)).readObject();
  }

  /** JSON-B reads numbers as BigDecimal: plugins get Long or Double, as the SPI promises. */
  private static Map<String, Object> normalize(Map<String, Object> raw) {
    Map<String, Object> out = new LinkedHashMap<>();
    raw.forEach((k, v) -> {
      if (v instanceof java.math.BigDecimal d) {
        out.put(k, d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0 ? (Object) d.longValue() : (Object) d.doubleValue());
      } else if (v instanceof List<?> list) {
        out.put(k, list.stream().map(String::valueOf).toList());
      } else {
        out.put(k, v);
      }
    });
    return out;
  }

  /** A 400 problem naming each invalid setting as {@code config.<name>}. */
  static ProblemException invalid(ConfigSchema.Invalid e) {
    List<Problem.FieldError> errors =
        e.errors().entrySet().stream().map(x -> new Problem.FieldError("config." + x.getKey(), x.getValue())).toList();
    return new ProblemException(
        new Problem(Problem.TYPE_BASE + "validation", "Invalid input", 400, "The plugin's settings are invalid: "
            + e.getMessage() + ".", null, errors));
  }

  private Seal seal() {
    Seal s = seal;
    if (s == null) {
      s = new Seal(secrets.aesKey(SECRETS_KEY));
      seal = s;
    }
    return s;
  }
}
