package dev.frontdesk.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Typed access to Frontdesk's settings. Each property also reads from its environment variable (for example
 * {@code frontdesk.db.url} from {@code FRONTDESK_DB_URL}); the README's configuration table lists them all.
 */
@ApplicationScoped
public class FrontdeskConfig {

  public static final String DATA_DIR = "frontdesk.data.dir";
  public static final String DB_URL = "frontdesk.db.url";
  public static final String DB_USER = "frontdesk.db.user";
  public static final String DB_PASSWORD = "frontdesk.db.password";
  public static final String DB_MIGRATION_USER = "frontdesk.db.migration.user";
  public static final String DB_MIGRATION_PASSWORD = "frontdesk.db.migration.password";
  public static final String IDENTITY = "frontdesk.identity";
  public static final String KEYCLOAK_URL = "frontdesk.keycloak.url";
  public static final String KEYCLOAK_REALM = "frontdesk.keycloak.realm";
  public static final String KEYCLOAK_ADMIN_USER = "frontdesk.keycloak.admin.user";
  public static final String KEYCLOAK_ADMIN_PASSWORD = "frontdesk.keycloak.admin.password";
  public static final String KEYCLOAK_CLIENT_ID = "frontdesk.keycloak.client-id";
  public static final String PUBLIC_URL = "frontdesk.public-url";
  public static final String ADMIN_EMAIL = "frontdesk.admin.email";
  public static final String ADMIN_PASSWORD = "frontdesk.admin.password";
  public static final String ACCESS_TOKEN_TTL = "frontdesk.auth.access-token-ttl";
  public static final String REFRESH_TOKEN_TTL = "frontdesk.auth.refresh-token-ttl";
  public static final String ATTACHMENTS_DIR = "frontdesk.attachments.dir";
  public static final String FILE_LINK_TTL = "frontdesk.attachments.link-ttl";
  public static final String JOBS_INTERVAL = "frontdesk.jobs.interval";
  public static final String WEBHOOKS_ALLOW_INSECURE = "frontdesk.webhooks.allow-insecure";
  public static final String WEBHOOKS_RETRY_BASE = "frontdesk.webhooks.retry-base";
  public static final String WEBHOOKS_TIMEOUT = "frontdesk.webhooks.timeout";

  public static final String PLUGINS_DIR = "frontdesk.plugins.dir";
  public static final String PLUGINS_ALLOW_UNSIGNED = "frontdesk.plugins.allow-unsigned";
  public static final String PLUGINS_CALL_TIMEOUT = "frontdesk.plugins.call-timeout";
  public static final String PLUGINS_MAX_FAILURES = "frontdesk.plugins.max-failures";
  public static final String PLUGINS_THREADS = "frontdesk.plugins.threads";
  public static final String PLUGINS_MEMORY_PER_CALL_MB = "frontdesk.plugins.memory-per-call-mb";

  public static final String BILLING_CURRENCY = "frontdesk.billing.currency";
  public static final String BILLING_SIGNUP_PLAN = "frontdesk.billing.signup-plan";
  public static final String BILLING_GRACE = "frontdesk.billing.grace";
  public static final String BILLING_PDF_FONTS = "frontdesk.billing.pdf-fonts";

  public static final String BUILTIN_ISSUER = "urn:frontdesk:builtin";
  public static final String BUILTIN_AUDIENCE = "frontdesk";
  public static final String DEFAULT_REALM = "frontdesk";

  private final Config config;

  public FrontdeskConfig() {
    this(ConfigProvider.getConfig());
  }

  public FrontdeskConfig(Config config) {
    this.config = config;
  }

  public Path dataDir() {
    return Path.of(optional(DATA_DIR).orElse("./data")).toAbsolutePath().normalize();
  }

  public String dbUrl() {
    return config.getValue(DB_URL, String.class);
  }

  public String dbUser() {
    return optional(DB_USER).orElse("");
  }

  public String dbPassword() {
    return optional(DB_PASSWORD).orElse("");
  }

  /** Migrations run as the schema owner; the application itself connects as a role without ownership. */
  public String migrationUser() {
    return optional(DB_MIGRATION_USER).orElse(dbUser());
  }

  public String migrationPassword() {
    return optional(DB_MIGRATION_USER).isPresent()
        ? optional(DB_MIGRATION_PASSWORD).orElse("")
        : dbPassword();
  }

  public boolean isPostgres() {
    return dbUrl().startsWith("jdbc:postgresql:");
  }

  public IdentityMode identityMode() {
    return IdentityMode.parse(optional(IDENTITY).orElse("builtin"));
  }

  public String keycloakUrl() {
    return required(KEYCLOAK_URL, "FRONTDESK_KEYCLOAK_URL");
  }

  public String keycloakRealm() {
    return optional(KEYCLOAK_REALM).orElse(DEFAULT_REALM);
  }

  public String keycloakClientId() {
    return optional(KEYCLOAK_CLIENT_ID).orElse("frontdesk-ui");
  }

  public String keycloakAdminUser() {
    return required(KEYCLOAK_ADMIN_USER, "FRONTDESK_KEYCLOAK_ADMIN_USER");
  }

  public String keycloakAdminPassword() {
    return required(KEYCLOAK_ADMIN_PASSWORD, "FRONTDESK_KEYCLOAK_ADMIN_PASSWORD");
  }

  /** Where browsers reach Frontdesk (no trailing slash): Keycloak redirects back here after sign-in. */
  public String publicUrl() {
    String url = optional(PUBLIC_URL).orElse("http://localhost:8080");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public Optional<String> adminEmail() {
    return optional(ADMIN_EMAIL);
  }

  public Optional<String> adminPassword() {
    return optional(ADMIN_PASSWORD);
  }

  public Duration accessTokenTtl() {
    return positive(ACCESS_TOKEN_TTL, Duration.ofMinutes(15));
  }

  public Duration refreshTokenTtl() {
    return positive(REFRESH_TOKEN_TTL, Duration.ofDays(14));
  }

  /** Where uploaded files are kept; a cluster's instances must share it. */
  public Path attachmentsDir() {
    return optional(ATTACHMENTS_DIR).map(Path::of).orElse(dataDir().resolve("attachments")).toAbsolutePath().normalize();
  }

  /** How long a signed download link works at least. */
  public Duration fileLinkTtl() {
    return positive(FILE_LINK_TTL, Duration.ofHours(1));
  }

  /** How often background jobs (inactivity close, opening hours, unused uploads) run. */
  public Duration jobsInterval() {
    return positive(JOBS_INTERVAL, Duration.ofSeconds(30));
  }

  /** Where plugin jars dropped by an operator are installed from at start; {@code trusted/} holds signer certificates. */
  public Path pluginsDir() {
    return optional(PLUGINS_DIR).map(Path::of).orElse(dataDir().resolve("plugins")).toAbsolutePath().normalize();
  }

  /** Whether unsigned (or untrusted) plugin jars may be installed: by default only on the H2 quick start. */
  public boolean pluginsAllowUnsigned() {
    return optional(PLUGINS_ALLOW_UNSIGNED).map(Boolean::parseBoolean).orElse(!isPostgres());
  }

  /** How long one call into a plugin may take before it counts as failed. */
  public Duration pluginCallTimeout() {
    return positive(PLUGINS_CALL_TIMEOUT, Duration.ofSeconds(10));
  }

  /** Failures in a row after which a plugin is suspended for the company concerned. */
  public int pluginMaxFailures() {
    return positiveInt(PLUGINS_MAX_FAILURES, 5);
  }

  /** Threads each plugin's calls run on (more calls wait, up to a bounded queue). */
  public int pluginThreads() {
    return positiveInt(PLUGINS_THREADS, 4);
  }

  /** Bytes one plugin call may allocate before it is stopped, in MB. */
  public long pluginMemoryPerCallMb() {
    return positiveInt(PLUGINS_MEMORY_PER_CALL_MB, 512);
  }

  /** The currency of the plans the platform starts with (ISO 4217). */
  public String billingCurrency() {
    return optional(BILLING_CURRENCY).orElse("USD");
  }

  /** How long after an invoice's due date a company's paid features stay on before they are suspended. */
  public Duration billingGrace() {
    return positive(BILLING_GRACE, Duration.ofDays(7));
  }

  /** The plan a company starts on when signup names none. */
  public String billingSignupPlan() {
    return optional(BILLING_SIGNUP_PLAN).orElse("free");
  }

  /**
   * TrueType fonts (.ttf, or .ttc whose first font is used) for invoice PDFs, for the characters the bundled
   * Latin font lacks (Chinese, Japanese, Korean): a comma-separated list of paths, tried in order. Unset, the
   * first of a few well-known Debian CJK fonts present on the machine is used.
   */
  public List<Path> billingPdfFonts() {
    Optional<String> configured = optional(BILLING_PDF_FONTS);
    if (configured.isPresent()) {
      List<Path> fonts = java.util.Arrays.stream(configured.get().split(","))
          .map(String::trim).filter(f -> !f.isEmpty()).map(Path::of).toList();
      for (Path font : fonts) {
        if (!java.nio.file.Files.isReadable(font)) {
          throw new IllegalStateException(BILLING_PDF_FONTS + " names " + font + ", which is not a readable file");
        }
      }
      return fonts;
    }
    return KNOWN_CJK_FONTS.stream().map(Path::of).filter(java.nio.file.Files::isReadable).limit(1).toList();
  }

  /** TrueType CJK fonts of Debian packages (fonts-droid-fallback, fonts-wqy-microhei, fonts-wqy-zenhei). */
  private static final List<String> KNOWN_CJK_FONTS = List.of(
      "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
      "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
      "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

  private int positiveInt(String name, int fallback) {
    int value = optional(name).map(Integer::parseInt).orElse(fallback);
    if (value <= 0) {
      throw new IllegalStateException(name + " must be a positive whole number, not " + value);
    }
    return value;
  }

  private Duration positive(String name, Duration fallback) {
    Duration value = optional(name).map(Duration::parse).orElse(fallback);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalStateException(name + " must be a positive ISO-8601 duration such as PT30S, not " + value);
    }
    return value;
  }

  /** Lets webhooks use plain http and loopback hosts (never other internal ones): local development and tests. */
  public boolean webhooksAllowInsecure() {
    return optional(WEBHOOKS_ALLOW_INSECURE).map(Boolean::parseBoolean).orElse(false);
  }

  /** The delay after a webhook delivery's first failure; later ones grow from it. */
  public Duration webhookRetryBase() {
    return positive(WEBHOOKS_RETRY_BASE, Duration.ofSeconds(10));
  }

  /** How long one delivery attempt may take to connect, and again to be answered. */
  public Duration webhookTimeout() {
    return positive(WEBHOOKS_TIMEOUT, Duration.ofSeconds(10));
  }

  private Optional<String> optional(String name) {
    return config.getOptionalValue(name, String.class).map(String::trim).filter(v -> !v.isEmpty());
  }

  private String required(String name, String env) {
    return optional(name)
        .orElseThrow(() -> new IllegalStateException(env + " must be set when FRONTDESK_IDENTITY=keycloak"));
  }
}
