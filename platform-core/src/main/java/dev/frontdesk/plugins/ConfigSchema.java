package dev.frontdesk.plugins;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The subset of JSON Schema a plugin's per-tenant configuration is described in: a flat object whose
 * properties are strings, numbers, booleans or arrays of strings. Small enough that the console can generate a
 * form from it and the host can validate every keyword it accepts; a schema using anything else is refused at
 * install, so nothing a plugin declares goes unchecked.
 */
public record ConfigSchema(List<Property> properties, Set<String> required, JsonObject json) {

  public static final ConfigSchema EMPTY = new ConfigSchema(List.of(), Set.of(), JsonValue.EMPTY_JSON_OBJECT);

  static final int MAX_STRING = 10_000;
  static final int MAX_ITEMS = 200;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern HOSTNAME =
      Pattern.compile("(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
  private static final Set<String> SCHEMA_KEYS =
      Set.of("type", "properties", "required", "title", "description", "$schema", "additionalProperties");
  private static final Set<String> PROPERTY_KEYS =
      Set.of("type", "title", "description", "default", "enum", "minLength", "maxLength", "pattern", "format",
          "minimum", "maximum", "writeOnly", "items", "maxItems");

  public enum Type {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    STRING_ARRAY
  }

  /** One configuration field. Null limits are absent. */
  public record Property(
      String name,
      Type type,
      boolean secret,
      List<String> enumValues,
      Integer minLength,
      Integer maxLength,
      Pattern pattern,
      String format,
      BigDecimal minimum,
      BigDecimal maximum,
      Integer maxItems,
      Object defaultValue) {}

  /** Field by field reasons a configuration was refused. */
  public static final class Invalid extends Exception {
    private final Map<String, String> errors;

    Invalid(Map<String, String> errors) {
      super(String.join("; ", errors.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
      this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
      return errors;
    }
  }

  static ConfigSchema parse(JsonObject schema) throws PluginRejected {
    for (String key : schema.keySet()) {
      if (!SCHEMA_KEYS.contains(key)) {
        throw new PluginRejected("configSchema: the keyword \"" + key + "\" is not supported");
      }
    }
    if (schema.containsKey("type") && !"object".equals(stringOr(schema.get("type")))) {
      throw new PluginRejected("configSchema must be of type object");
    }
    List<Property> props = new ArrayList<>();
    JsonValue ps = schema.get("properties");
    if (ps != null) {
      if (!(ps instanceof JsonObject po)) {
        throw new PluginRejected("configSchema.properties must be an object");
      }
      for (Map.Entry<String, JsonValue> e : po.entrySet()) {
        if (!(e.getValue() instanceof JsonObject p)) {
          throw new PluginRejected("configSchema.properties." + e.getKey() + " must be an object");
        }
        props.add(property(e.getKey(), p));
      }
    }
    Set<String> required = new LinkedHashSet<>();
    if (schema.get("required") instanceof JsonArray r) {
      for (JsonValue v : r) {
        String name = stringOr(v);
        if (name == null || props.stream().noneMatch(p -> p.name().equals(name))) {
          throw new PluginRejected("configSchema.required names '" + v + "', which is not a property");
        }
        required.add(name);
      }
    }
    return new ConfigSchema(List.copyOf(props), Set.copyOf(required), schema);
  }

  private static Property property(String name, JsonObject p) throws PluginRejected {
    String where = "configSchema.properties." + name;
    if (!name.matches("[A-Za-z][A-Za-z0-9_]{0,63}")) {
      throw new PluginRejected(where + ": property names are letters, digits and _ (at most 64)");
    }
    for (String key : p.keySet()) {
      if (!PROPERTY_KEYS.contains(key)) {
        throw new PluginRejected(where + ": the keyword \"" + key + "\" is not supported");
      }
    }
    String typeName = stringOr(p.get("type"));
    Type type =
        switch (typeName == null ? "" : typeName) {
          case "string" -> Type.STRING;
          case "integer" -> Type.INTEGER;
          case "number" -> Type.NUMBER;
          case "boolean" -> Type.BOOLEAN;
          case "array" -> {
            if (!(p.get("items") instanceof JsonObject items) || !"string".equals(stringOr(items.get("type")))) {
              throw new PluginRejected(where + ": arrays must have \"items\": {\"type\": \"string\"}");
            }
            yield Type.STRING_ARRAY;
          }
          default -> throw new PluginRejected(where + ": type must be string, integer, number, boolean or array");
        };
    List<String> enumValues = null;
    if (p.get("enum") instanceof JsonArray values) {
      enumValues = new ArrayList<>();
      for (JsonValue v : values) {
        if (stringOr(v) == null) {
          throw new PluginRejected(where + ": enum values must be strings");
        }
        enumValues.add(stringOr(v));
      }
    }
    Pattern pattern = null;
    if (p.containsKey("pattern")) {
      try {
        pattern = Pattern.compile(stringOr(p.get("pattern")));
      } catch (PatternSyntaxException | NullPointerException e) {
        throw new PluginRejected(where + ": pattern is not a regular expression");
      }
    }
    String format = stringOr(p.get("format"));
    if (format != null && !Set.of("email", "uri", "hostname", "password", "textarea").contains(format)) {
      throw new PluginRejected(where + ": format must be email, uri, hostname, password or textarea");
    }
    Property property =
        new Property(
            name, type, p.getBoolean("writeOnly", false), enumValues == null ? null : List.copyOf(enumValues),
            intOr(p, "minLength", where), intOr(p, "maxLength", where), pattern, format, number(p, "minimum", where),
            number(p, "maximum", where), intOr(p, "maxItems", where), null);
    if (p.containsKey("default")) {
      Map<String, String> errors = new LinkedHashMap<>();
      Object def = convert(property, p.get("default"), errors);
      if (!errors.isEmpty()) {
        throw new PluginRejected(where + ": the default " + errors.get(name));
      }
      property =
          new Property(name, type, property.secret(), property.enumValues(), property.minLength(),
              property.maxLength(), pattern, format, property.minimum(), property.maximum(), property.maxItems(), def);
    }
    return property;
  }

  /**
   * Checks a configuration and returns its values with defaults applied. Secrets missing from {@code input} keep
   * their {@code stored} value (the API never returns them, so a form cannot send them back); a secret set to
   * null is cleared.
   */
  public Map<String, Object> validate(JsonObject input, Map<String, Object> storedSecrets) throws Invalid {
    Map<String, String> errors = new LinkedHashMap<>();
    for (String key : input.keySet()) {
      if (properties.stream().noneMatch(p -> p.name().equals(key))) {
        errors.put(key, "is not a setting of this plugin");
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Property p : properties) {
      JsonValue v = input.get(p.name());
      Object value;
      if (v == null && p.secret()) {
        value = storedSecrets.get(p.name());
      } else if (v == null || v == JsonValue.NULL) {
        value = null;
      } else {
        value = convert(p, v, errors);
      }
      if (value == null && !p.secret()) {
        value = p.defaultValue();
      }
      boolean blank = value instanceof String text && text.isBlank();
      if ((value == null || blank) && required.contains(p.name())) {
        errors.putIfAbsent(p.name(), "is required");
      }
      if (value != null) {
        values.put(p.name(), value);
      }
    }
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    return values;
  }

  /** The values a client may see: everything but secrets. */
  public Map<String, Object> visible(Map<String, Object> values) {
    Map<String, Object> out = new LinkedHashMap<>(values);
    properties.stream().filter(Property::secret).forEach(p -> out.remove(p.name()));
    return out;
  }

  public Map<String, Object> secrets(Map<String, Object> values) {
    Map<String, Object> out = new LinkedHashMap<>();
    properties.stream().filter(Property::secret).filter(p -> values.containsKey(p.name()))
        .forEach(p -> out.put(p.name(), values.get(p.name())));
    return out;
  }

  private static Object convert(Property p, JsonValue v, Map<String, String> errors) {
    String name = p.name();
    switch (p.type()) {
      case BOOLEAN -> {
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
          return v == JsonValue.TRUE;
        }
        errors.put(name, "must be true or false");
        return null;
      }
      case INTEGER, NUMBER -> {
        if (!(v instanceof JsonNumber n) || (p.type() == Type.INTEGER && !n.isIntegral())) {
          errors.put(name, p.type() == Type.INTEGER ? "must be a whole number" : "must be a number");
          return null;
        }
        BigDecimal d = n.bigDecimalValue();
        if (p.minimum() != null && d.compareTo(p.minimum()) < 0) {
          errors.put(name, "must be at least " + p.minimum().toPlainString());
        } else if (p.maximum() != null && d.compareTo(p.maximum()) > 0) {
          errors.put(name, "must be at most " + p.maximum().toPlainString());
        }
        if (p.type() == Type.INTEGER) {
          try {
            return d.longValueExact();
          } catch (ArithmeticException e) {
            errors.put(name, "is too large");
            return null;
          }
        }
        return d.doubleValue();
      }
      case STRING_ARRAY -> {
        if (!(v instanceof JsonArray a)) {
          errors.put(name, "must be a list of texts");
          return null;
        }
        int max = p.maxItems() == null ? MAX_ITEMS : Math.min(p.maxItems(), MAX_ITEMS);
        if (a.size() > max) {
          errors.put(name, "has more than " + max + " items");
          return null;
        }
        List<String> items = new ArrayList<>();
        for (JsonValue item : a) {
          String s = stringOr(item);
          if (s == null || s.length() > MAX_STRING) {
            errors.put(name, "must contain only texts of at most " + MAX_STRING + " characters");
            return null;
          }
          items.add(s);
        }
        return List.copyOf(items);
      }
      default -> {
        String s = stringOr(v);
        if (s == null) {
          errors.put(name, "must be a text");
          return null;
        }
        String problem = stringProblem(p, s);
        if (problem != null) {
          errors.put(name, problem);
          return null;
        }
        return s;
      }
    }
  }

  private static String stringProblem(Property p, String s) {
    if (s.length() > (p.maxLength() == null ? MAX_STRING : p.maxLength())) {
      return "must have at most " + (p.maxLength() == null ? MAX_STRING : p.maxLength()) + " characters";
    }
    if (p.minLength() != null && s.length() < p.minLength()) {
      return "must have at least " + p.minLength() + " characters";
    }
    if (p.enumValues() != null && !p.enumValues().contains(s)) {
      return "must be one of " + String.join(", ", p.enumValues());
    }
    if (p.pattern() != null && !p.pattern().matcher(s).find()) {
      return "must match " + p.pattern().pattern();
    }
    if ("email".equals(p.format()) && !EMAIL.matcher(s).matches()) {
      return "must be an email address";
    }
    if ("hostname".equals(p.format()) && !HOSTNAME.matcher(s).matches()) {
      return "must be a host name";
    }
    if ("uri".equals(p.format())) {
      try {
        URI uri = new URI(s);
        if (uri.getScheme() == null || uri.getHost() == null) {
          return "must be an absolute URL";
        }
      } catch (Exception e) {
        return "must be an absolute URL";
      }
    }
    return null;
  }

  private static String stringOr(JsonValue v) {
    return v instanceof JsonString s ? s.getString() : null;
  }

  private static Integer intOr(JsonObject p, String key, String where) throws PluginRejected {
    JsonValue v = p.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 0 || n.longValue() > Integer.MAX_VALUE) {
      throw new PluginRejected(where + ": " + key + " must be a whole number");
    }
    return n.intValue();
  }

  private static BigDecimal number(JsonObject p, String key, String where) throws PluginRejected {
    JsonValue v = p.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof JsonNumber n)) {
      throw new PluginRejected(where + ": " + key + " must be a number");
    }
    return n.bigDecimalValue();
  }
}
