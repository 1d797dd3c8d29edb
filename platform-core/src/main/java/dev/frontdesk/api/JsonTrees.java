package dev.frontdesk.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/**
 * JSON-P trees read and built on hot paths (live frames, webhook bodies, the sync feed), through a provider looked
 * up once: {@code jakarta.json.Json}'s static methods look it up again on every call, which on Payara scans the
 * application's class path each time.
 */
public final class JsonTrees {

  private static final JsonProvider JSONP = JsonProvider.provider();

  private JsonTrees() {}

  /** A JSON object parsed from text; {@code JsonException} when it is not JSON, {@code ClassCastException} when not an object. */
  public static JsonObject object(String json) {
    try (JsonReader reader = JSONP.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  public static JsonValue value(String json) {
    try (JsonReader reader = JSONP.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }

  public static JsonObjectBuilder objectBuilder() {
    return JSONP.createObjectBuilder();
  }

  public static JsonArrayBuilder arrayBuilder() {
    return JSONP.createArrayBuilder();
  }
}
