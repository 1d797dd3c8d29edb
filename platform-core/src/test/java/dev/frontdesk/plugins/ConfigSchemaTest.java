package dev.frontdesk.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigSchemaTest {

  static final ConfigSchema SCHEMA = schema(
      "{\"type\":\"object\",\"properties\":{"
          + "\"host\":{\"type\":\"string\",\"format\":\"hostname\"},"
          + "\"port\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":65535,\"default\":993},"
          + "\"mode\":{\"type\":\"string\",\"enum\":[\"ssl\",\"none\"],\"default\":\"ssl\"},"
          + "\"ratio\":{\"type\":\"number\",\"maximum\":1},"
          + "\"idle\":{\"type\":\"boolean\",\"default\":true},"
          + "\"words\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"maxItems\":2},"
          + "\"password\":{\"type\":\"string\",\"writeOnly\":true}},"
          + "\"required\":[\"host\",\"password\"]}");

  static ConfigSchema schema(String json) {
    try {
      return ConfigSchema.parse(object(json));
    } catch (PluginRejected e) {
      throw new AssertionError(e);
    }
  }

  static JsonObject object(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void validSettingsGetTheirDefaultsAndTypes() throws Exception {
    Map<String, Object> v = SCHEMA.validate(object("{\"host\":\"imap.example.com\",\"password\":\"pw\",\"ratio\":0.5,\"words\":[\"a\",\"b\"]}"), Map.of());
    assertEquals(Map.of("host", "imap.example.com", "port", 993L, "mode", "ssl", "ratio", 0.5, "idle", true,
        "words", List.of("a", "b"), "password", "pw"), v);
    assertEquals(Map.of("password", "pw"), SCHEMA.secrets(v));
    assertEquals(false, SCHEMA.visible(v).containsKey("password"));
  }

  @Test
  void aSecretLeftOutKeepsItsValueAndNullClearsIt() throws Exception {
    Map<String, Object> kept = SCHEMA.validate(object("{\"host\":\"h\"}"), Map.of("password", "old"));
    assertEquals("old", kept.get("password"));
    ConfigSchema.Invalid cleared =
        assertThrows(ConfigSchema.Invalid.class, () -> SCHEMA.validate(object("{\"host\":\"h\",\"password\":null}"), Map.of("password", "old")));
    assertEquals(Map.of("password", "is required"), cleared.errors());
  }

  @Test
  void everyProblemIsNamedByField() {
    ConfigSchema.Invalid e = assertThrows(ConfigSchema.Invalid.class, () -> SCHEMA.validate(object(
        "{\"host\":\" \",\"port\":70000,\"mode\":\"tls\",\"ratio\":\"x\",\"idle\":1,\"words\":[\"a\",\"b\",\"c\"],\"extra\":1}"), Map.of()));
    assertEquals(Map.of(
        "extra", "is not a setting of this plugin",
        "host", "must be a host name",
        "port", "must be at most 65535",
        "mode", "must be one of ssl, none",
        "ratio", "must be a number",
        "idle", "must be true or false",
        "words", "has more than 2 items",
        "password", "is required"), e.errors());
  }

  @Test
  void schemasUsingUnsupportedKeywordsOrBadDefaultsAreRefused() {
    assertEquals("configSchema.properties.a: the default must be at most 3",
        assertThrows(PluginRejected.class, () -> ConfigSchema.parse(object(
            "{\"properties\":{\"a\":{\"type\":\"integer\",\"maximum\":3,\"default\":4}}}"))).getMessage());
    assertEquals("configSchema: the keyword \"allOf\" is not supported",
        assertThrows(PluginRejected.class, () -> ConfigSchema.parse(object("{\"allOf\":[]}"))).getMessage());
    assertEquals("configSchema.required names '\"b\"', which is not a property",
        assertThrows(PluginRejected.class, () -> ConfigSchema.parse(object(
            "{\"properties\":{\"a\":{\"type\":\"string\"}},\"required\":[\"b\"]}"))).getMessage());
  }
}
