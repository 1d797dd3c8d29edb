package dev.frontdesk.plugins.knowledge;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** JSON through Parsson, created directly so no service lookup depends on the thread's class loader. */
final class JsonCodec {

  static final JsonProvider JSON = new org.eclipse.parsson.JsonProviderImpl();

  private JsonCodec() {}

  static JsonObjectBuilder object() {
    return JSON.createObjectBuilder();
  }

  static JsonObjectBuilder object(JsonObject from) {
    return JSON.createObjectBuilder(from);
  }

  static JsonArrayBuilder array() {
    return JSON.createArrayBuilder();
  }

  /** Parses a JSON object, or throws {@link BadInput} saying why it is not one. */
  static JsonObject parseObject(String text) {
    try (var reader = JSON.createReader(new StringReader(text))) {
      JsonValue v = reader.readValue();
      if (v.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new BadInput("the body must be a JSON object");
      }
      return v.asJsonObject();
    } catch (JsonException e) {
      throw new BadInput("the body is not valid JSON: " + e.getMessage());
    }
  }

  static JsonObject entryJson(FaqEntry e) {
    JsonArrayBuilder qs = array();
    e.questions().forEach(qs::add);
    return object()
        .add("id", e.id())
        .add("category", e.category())
        .add("questions", qs)
        .add("answer", e.answer())
        .build();
  }

  /** An entry from a request body or the store; {@code id} is null when the object has none. */
  static FaqEntry entryFrom(JsonObject o) {
    String id = optionalString(o, "id");
    String category = optionalString(o, "category");
    String answer = optionalString(o, "answer");
    List<String> questions = new ArrayList<>();
    JsonValue qs = o.get("questions");
    if (qs != null && qs.getValueType() != JsonValue.ValueType.NULL) {
      if (qs.getValueType() != JsonValue.ValueType.ARRAY) {
        throw new BadInput("'questions' must be an array of strings");
      }
      for (JsonValue q : (JsonArray) qs) {
        if (!(q instanceof JsonString s)) {
          throw new BadInput("'questions' must be an array of strings");
        }
        questions.add(s.getString());
      }
    }
    return new FaqEntry(id, category, questions, answer);
  }

  static String optionalString(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(v instanceof JsonString s)) {
      throw new BadInput("'" + key + "' must be a string");
    }
    return s.getString();
  }

  /** Input a client got wrong; endpoints turn it into a 400 problem. */
  static final class BadInput extends RuntimeException {
    BadInput(String message) {
      super(message);
    }
  }
}
