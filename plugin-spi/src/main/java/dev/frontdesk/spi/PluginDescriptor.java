package dev.frontdesk.spi;

/**
 * Where a plugin jar describes itself: {@value #RESOURCE}, a JSON object:
 *
 * <pre>{@code
 * {
 *   "id": "channel-email",                 // [a-z0-9-]{2,40}, stable forever
 *   "version": "1.2.0",                    // semver of the plugin
 *   "name": "Email", "vendor": "Frontdesk", "description": "...",
 *   "spi": "[1.0,2.0)",                    // SPI versions it works with (SpiVersion#satisfies)
 *   "extensions": ["com.example.MyChannel"],
 *   "configSchema": { "type": "object", "properties": { ... }, "required": [ ... ] },
 *   "permissions": { "hosts": ["api.example.com"], "storageMb": 10 },
 *   "publicPaths": ["/webhook"]
 * }
 * }</pre>
 *
 * <p>The config schema is a JSON Schema object with flat properties of type {@code string} (with {@code enum},
 * {@code minLength}, {@code maxLength}, {@code pattern}, {@code format} of email, uri, hostname, password or
 * textarea (a multi-line field)), {@code
 * integer}/{@code number} (with {@code minimum}, {@code maximum}), {@code boolean}, or an {@code array} of
 * strings; {@code title}, {@code description} and {@code default} feed the generated form, and {@code
 * "writeOnly": true} marks a secret: stored encrypted, never returned by the API.
 */
public final class PluginDescriptor {

  public static final String RESOURCE = "META-INF/frontdesk-plugin.json";

  private PluginDescriptor() {}
}
