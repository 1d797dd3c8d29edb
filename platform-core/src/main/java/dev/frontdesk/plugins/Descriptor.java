package dev.frontdesk.plugins;

import dev.frontdesk.spi.PluginDescriptor;
import dev.frontdesk.spi.SpiVersion;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A plugin's {@value PluginDescriptor#RESOURCE}, read and checked: everything the host decides on before it
 * runs a line of the plugin's code.
 */
public record Descriptor(
    String id,
    String version,
    String name,
    String vendor,
    String description,
    String spi,
    List<String> extensions,
    ConfigSchema configSchema,
    Set<String> hosts,
    long storageBytes,
    List<String> publicPaths,
    String json) {

  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
  static final Pattern VERSION = Pattern.compile("\\d{1,6}(\\.\\d{1,6}){0,2}([-+][0-9A-Za-z.-]{1,40})?");
  private static final Pattern CLASS_NAME = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");
  private static final Pattern HOST = Pattern.compile("(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");
  static final long DEFAULT_STORAGE_MB = 1;
  static final long MAX_STORAGE_MB = 512;

  public static Descriptor parse(String json) throws PluginRejected {
    JsonObject o;
    try {
      o = Json.createReader(new StringReader(json)).readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new PluginRejected(PluginDescriptor.RESOURCE + " is not a JSON object: " + e.getMessage());
    }
    String id = text(o, "id", true);
    if (!ID.matcher(id).matches()) {
      throw new PluginRejected("plugin id '" + id + "' must be 2 to 40 of a-z, 0-9 and '-'");
    }
    String version = text(o, "version", true);
    if (!VERSION.matcher(version).matches()) {
      throw new PluginRejected("plugin version '" + version + "' is not MAJOR.MINOR.PATCH");
    }
    String spi = text(o, "spi", true);
    try {
      SpiVersion.CURRENT.satisfies(spi);
    } catch (IllegalArgumentException e) {
      throw new PluginRejected("the SPI requirement '" + spi + "' cannot be read: " + e.getMessage());
    }
    List<String> extensions = strings(o, "extensions");
    if (extensions.isEmpty()) {
      throw new PluginRejected("the descriptor lists no extensions");
    }
    for (String c : extensions) {
      if (!CLASS_NAME.matcher(c).matches() || c.startsWith("dev.frontdesk.spi.") || c.startsWith("java.")) {
        throw new PluginRejected("'" + c + "' is not a class name a plugin may use");
      }
    }
    JsonObject permissions = o.containsKey("permissions") ? object(o, "permissions") : JsonValue.EMPTY_JSON_OBJECT;
    Set<String> hosts = new LinkedHashSet<>();
    for (String h : strings(permissions, "hosts")) {
      String host = h.toLowerCase(Locale.ROOT);
      if (!HOST.matcher(host).matches()) {
        throw new PluginRejected("permissions.hosts: '" + h + "' is not a host name");
      }
      hosts.add(host);
    }
    long storageMb = DEFAULT_STORAGE_MB;
    if (permissions.containsKey("storageMb")) {
      JsonValue v = permissions.get("storageMb");
      if (v.getValueType() != JsonValue.ValueType.NUMBER
          || !((jakarta.json.JsonNumber) v).isIntegral()
          || ((jakarta.json.JsonNumber) v).longValue() < 0
          || ((jakarta.json.JsonNumber) v).longValue() > MAX_STORAGE_MB) {
        throw new PluginRejected("permissions.storageMb must be a whole number from 0 to " + MAX_STORAGE_MB);
      }
      storageMb = ((jakarta.json.JsonNumber) v).longValue();
    }
    List<String> publicPaths = strings(o, "publicPaths");
    for (String p : publicPaths) {
      if (!p.startsWith("/") || p.length() < 2 || p.contains("..")) {
        throw new PluginRejected("publicPaths: '" + p + "' must be a path like /webhook");
      }
    }
    ConfigSchema schema =
        o.containsKey("configSchema") ? ConfigSchema.parse(object(o, "configSchema")) : ConfigSchema.EMPTY;
    return new Descriptor(
        id, version, text(o, "name", false, id), text(o, "vendor", false, ""), text(o, "description", false, ""),
        spi, extensions, schema, Set.copyOf(hosts), storageMb * 1024 * 1024, List.copyOf(publicPaths), json);
  }

  /** Whether this platform's SPI satisfies the plugin's requirement. */
  public boolean spiMatches() {
    return SpiVersion.CURRENT.satisfies(spi);
  }

  public boolean isPublic(String path) {
    return publicPaths.stream().anyMatch(p -> path.equals(p) || path.startsWith(p.endsWith("/") ? p : p + "/"));
  }

  public boolean allowsHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return hosts.stream().anyMatch(allowed -> allowed.startsWith("*.") ? h.endsWith(allowed.substring(1)) : allowed.equals(h));
  }

  private static String text(JsonObject o, String key, boolean required) throws PluginRejected {
    return text(o, key, required, null);
  }

  private static String text(JsonObject o, String key, boolean required, String fallback) throws PluginRejected {
    JsonValue v = o.get(key);
    if (v == null || v == JsonValue.NULL) {
      if (required) {
        throw new PluginRejected("the descriptor lacks \"" + key + "\"");
      }
      return fallback;
    }
    if (!(v instanceof JsonString s) || s.getString().isBlank() || s.getString().length() > 2000) {
      throw new PluginRejected("\"" + key + "\" must be a non-empty string of at most 2000 characters");
    }
    return s.getString().trim();
  }

  private static JsonObject object(JsonObject o, String key) throws PluginRejected {
    if (!(o.get(key) instanceof JsonObject obj)) {
      throw new PluginRejected("\"" + key + "\" must be an object");
    }
    return obj;
  }

  private static List<String> strings(JsonObject o, String key) throws PluginRejected {
    JsonValue v = o.get(key);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof JsonArray a)) {
      throw new PluginRejected("\"" + key + "\" must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonValue item : a) {
      if (!(item instanceof JsonString s) || s.getString().isBlank()) {
        throw new PluginRejected("\"" + key + "\" must be an array of non-empty strings");
      }
      out.add(s.getString().trim());
    }
    return out;
  }
}
