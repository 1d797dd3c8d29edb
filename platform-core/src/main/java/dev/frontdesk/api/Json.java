package dev.frontdesk.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.lang.reflect.Type;

/** JSON for what Frontdesk stores and publishes (message bodies, event payloads, settings columns). */
public final class Json {

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  private Json() {}

  public static String write(Object value) {
    return JSONB.toJson(value);
  }

  public static <T> T read(String json, Class<T> type) {
    return JSONB.fromJson(json, type);
  }

  public static <T> T read(String json, Type type) {
    return JSONB.fromJson(json, type);
  }
}
