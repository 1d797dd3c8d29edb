package dev.frontdesk.spi.testing;

import dev.frontdesk.spi.AssistantPlugin;
import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.ChannelPlugin;
import dev.frontdesk.spi.Content;
import dev.frontdesk.spi.Extension;
import dev.frontdesk.spi.HttpAccess;
import dev.frontdesk.spi.HttpEndpoint;
import dev.frontdesk.spi.Inbound;
import dev.frontdesk.spi.KeyValueStore;
import dev.frontdesk.spi.Metrics;
import dev.frontdesk.spi.OutboundMessage;
import dev.frontdesk.spi.PluginConfig;
import dev.frontdesk.spi.PluginContext;
import dev.frontdesk.spi.PluginDescriptor;
import dev.frontdesk.spi.PluginLog;
import dev.frontdesk.spi.Scheduler;
import dev.frontdesk.spi.SpiVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory Frontdesk for plugin tests: reads the plugin's descriptor from the test class path, checks it
 * the way the platform does (SPI range, extension classes, config schema), starts the extensions with a real
 * context (store, scheduler, host-restricted HTTP, log, metrics, inbound path) and lets a test bind tenants,
 * deliver replies, ask the assistant and call the plugin's endpoints. Nothing in it pretends: every handle
 * behaves as the platform's does, kept in memory.
 *
 * <pre>{@code
 * try (TestHost host = TestHost.start()) {
 *   Binding b = host.bind("tenant-1", "account-1", Map.of("greeting", "Hi"));
 *   AssistantPlugin.Reply r = host.ask(b, "How do I reset my password?");
 * }
 * }</pre>
 */
public final class TestHost implements AutoCloseable {

  private final Map<String, Object> descriptor;
  private final String pluginId;
  private final List<Extension> extensions = new ArrayList<>();
  private final TestConversations conversations = new TestConversations();
  private final Map<String, MemoryStore> stores = new ConcurrentHashMap<>();
  private final List<TestBinding> bindings = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
  private final Map<String, List<Long>> records = new ConcurrentHashMap<>();
  private final List<String> logLines = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> turns = new HashMap<>();
  private final TestScheduler scheduler;
  private final HttpClient httpClient = HttpClient.newHttpClient();
  private final Context context = new Context();
  private volatile Map<String, Object> platformConfig = Map.of();

  private TestHost(Map<String, Object> descriptor, ClassLoader loader) throws Exception {
    this.descriptor = descriptor;
    this.pluginId = (String) required(descriptor, "id");
    this.scheduler = new TestScheduler(loader);
    String spi = (String) required(descriptor, "spi");
    if (!SpiVersion.CURRENT.satisfies(spi)) {
      throw new IllegalStateException(
          "plugin " + pluginId + " needs SPI " + spi + " but this is SPI " + SpiVersion.CURRENT);
    }
    for (Object name : (List<?>) required(descriptor, "extensions")) {
      Object instance = Class.forName((String) name, true, loader).getConstructor().newInstance();
      if (!(instance instanceof Extension e)) {
        throw new IllegalStateException(name + " implements no Frontdesk extension point");
      }
      extensions.add(e);
    }
    for (Extension e : extensions) {
      e.start(context);
    }
  }

  /** Starts the plugin whose descriptor is on the test class path. */
  public static TestHost start() throws Exception {
    return start(PluginDescriptor.RESOURCE);
  }

  /** Starts the plugin described by another class-path resource (for hosts testing several plugins). */
  public static TestHost start(String descriptorResource) throws Exception {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in = loader.getResourceAsStream(descriptorResource)) {
      if (in == null) {
        throw new IllegalStateException("no " + descriptorResource + " on the class path");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> d = (Map<String, Object>) MiniJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return new TestHost(d, loader);
    }
  }

  /** The descriptor, parsed. */
  public Map<String, Object> descriptor() {
    return descriptor;
  }

  /** The one extension of that type. */
  public <T> T extension(Class<T> type) {
    return extensions.stream()
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the plugin has no " + type.getSimpleName()));
  }

  /**
   * Enables the plugin for a tenant ({@code accountId} null) or one account, with a configuration checked
   * against the descriptor's schema: required keys present, defaults applied, unknown keys refused.
   */
  public Binding bind(String tenantId, String accountId, Map<String, Object> config) {
    TestBinding b = new TestBinding(tenantId, accountId, checkedConfig(config));
    bindings.removeIf(x -> x.tenantId.equals(tenantId) && java.util.Objects.equals(x.accountId, accountId));
    bindings.add(b);
    return b;
  }

  /**
   * Saves the platform admin's settings for the plugin (what {@link PluginContext#platformConfig()} returns),
   * checked against the descriptor's schema like a binding's configuration.
   */
  public void configurePlatform(Map<String, Object> config) {
    platformConfig = checkedConfig(config);
  }

  public void unbind(Binding binding) {
    bindings.remove(binding);
  }

  public TestConversations conversations() {
    return conversations;
  }

  /** A business reply in a session the channel opened, delivered through the channel plugin's send. */
  public String reply(Binding binding, String sessionId, Content content) throws Exception {
    TestConversations.Session s = conversations.session(sessionId);
    OutboundMessage out =
        new OutboundMessage(
            s.tenantId(), s.accountId(), s.id(), java.util.UUID.randomUUID().toString(), s.customer(), s.threadKey(),
            "Support", content, Instant.now());
    String external = withLoader(() -> extension(ChannelPlugin.class).send(binding, out));
    conversations.recordSent(s, content, external);
    return external;
  }

  /** A customer's text to the assistant in a session of its own ({@code sessionId} groups turns). */
  public AssistantPlugin.Reply ask(Binding binding, String sessionId, Content message) throws Exception {
    int turn;
    synchronized (turns) {
      turn = turns.merge(sessionId, 1, Integer::sum);
    }
    AssistantPlugin.Turn t =
        new AssistantPlugin.Turn(
            sessionId, binding.accountId().orElse("account"), "customer-" + sessionId, message, turn, List.of());
    return withLoader(() -> extension(AssistantPlugin.class).answer(binding, t));
  }

  public AssistantPlugin.Reply ask(Binding binding, String text) throws Exception {
    return ask(binding, java.util.UUID.randomUUID().toString(), Content.text(text));
  }

  /**
   * Calls the plugin's endpoint as the platform would: {@code caller} null is an anonymous request, allowed only
   * under the descriptor's public paths (else 401, like the platform).
   */
  public HttpEndpoint.Response http(String method, String pathAndQuery, String body, HttpEndpoint.Caller caller)
      throws Exception {
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (q >= 0) {
      for (String pair : pathAndQuery.substring(q + 1).split("&")) {
        int eq = pair.indexOf('=');
        String k = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String v = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        query.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
      }
    }
    boolean isPublic = publicPaths().stream().anyMatch(path::startsWith);
    Optional<Binding> binding = Optional.empty();
    if (caller != null) {
      String account = query.containsKey("account") ? query.get("account").get(0) : null;
      binding = account != null ? context.binding(caller.tenantId(), account) : context.binding(caller.tenantId());
      if (binding.isEmpty() && !isPublic) {
        return HttpEndpoint.Response.problem(404, "Not Found", "The plugin is not enabled for this tenant.");
      }
    } else if (!isPublic) {
      return HttpEndpoint.Response.problem(401, "Unauthorized", "Sign in first.");
    }
    HttpEndpoint.Request request =
        new HttpEndpoint.Request(
            method.toUpperCase(Locale.ROOT), path, query, Map.of("content-type", List.of("application/json")),
            body == null ? null : body.getBytes(StandardCharsets.UTF_8), Optional.ofNullable(caller), binding);
    return withLoader(() -> extension(HttpEndpoint.class).handle(request));
  }

  public List<String> logLines() {
    return List.copyOf(logLines);
  }

  public long counter(String name) {
    AtomicLong c = counters.get(name);
    return c == null ? 0 : c.get();
  }

  public List<Long> recorded(String name) {
    return List.copyOf(records.getOrDefault(name, List.of()));
  }

  public PluginContext context() {
    return context;
  }

  @Override
  public void close() throws Exception {
    for (Extension e : extensions) {
      e.stop();
    }
    scheduler.shutdown();
  }

  // ---------------------------------------------------------------------------------------------------------

  @SuppressWarnings("unchecked")
  private List<String> publicPaths() {
    return (List<String>) descriptor.getOrDefault("publicPaths", List.of());
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> checkedConfig(Map<String, Object> given) {
    Map<String, Object> schema = (Map<String, Object>) descriptor.getOrDefault("configSchema", Map.of());
    Map<String, Object> props = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> p : props.entrySet()) {
      Object def = ((Map<String, Object>) p.getValue()).get("default");
      if (def != null) {
        out.put(p.getKey(), def);
      }
    }
    for (Map.Entry<String, Object> e : given.entrySet()) {
      if (!props.containsKey(e.getKey())) {
        throw new IllegalArgumentException("config key '" + e.getKey() + "' is not in the plugin's configSchema");
      }
      Object v = e.getValue() instanceof Integer i ? Long.valueOf(i) : e.getValue();
      out.put(e.getKey(), v);
    }
    for (Object key : (List<Object>) schema.getOrDefault("required", List.of())) {
      if (!out.containsKey(key)) {
        throw new IllegalArgumentException("config key '" + key + "' is required");
      }
    }
    return Map.copyOf(out);
  }

  private long quotaBytes() {
    Object perms = descriptor.get("permissions");
    Object mb = perms instanceof Map<?, ?> m ? m.get("storageMb") : null;
    return (mb instanceof Number n ? n.longValue() : 1) * 1024 * 1024;
  }

  @SuppressWarnings("unchecked")
  private Set<String> allowedHosts() {
    Object perms = descriptor.get("permissions");
    Object hosts = perms instanceof Map<?, ?> m ? m.get("hosts") : null;
    return hosts == null ? Set.of() : Set.copyOf((List<String>) hosts);
  }

  private <T> T withLoader(java.util.concurrent.Callable<T> call) throws Exception {
    Thread t = Thread.currentThread();
    ClassLoader before = t.getContextClassLoader();
    t.setContextClassLoader(extensions.get(0).getClass().getClassLoader());
    try {
      return call.call();
    } finally {
      t.setContextClassLoader(before);
    }
  }

  private static Object required(Map<String, Object> d, String key) {
    Object v = d.get(key);
    if (v == null) {
      throw new IllegalStateException("the descriptor lacks '" + key + "'");
    }
    return v;
  }

  private final class TestBinding implements Binding {
    final String tenantId;
    final String accountId;
    final PluginConfig config;

    TestBinding(String tenantId, String accountId, Map<String, Object> values) {
      this.tenantId = tenantId;
      this.accountId = accountId;
      this.config = () -> values;
    }

    @Override
    public String tenantId() {
      return tenantId;
    }

    @Override
    public Optional<String> accountId() {
      return Optional.ofNullable(accountId);
    }

    @Override
    public PluginConfig config() {
      return config;
    }

    @Override
    public KeyValueStore store() {
      return stores.computeIfAbsent(tenantId, t -> new MemoryStore(quotaBytes()));
    }

    @Override
    public Inbound inbound() {
      return conversations.inbound(tenantId, accountId);
    }
  }

  private final class Context implements PluginContext {
    @Override
    public String pluginId() {
      return pluginId;
    }

    @Override
    public PluginConfig platformConfig() {
      Map<String, Object> values = platformConfig;
      return () -> values;
    }

    @Override
    public String pluginVersion() {
      return (String) descriptor.get("version");
    }

    @Override
    public List<Binding> bindings() {
      return List.copyOf(bindings);
    }

    @Override
    public Optional<Binding> binding(String tenantId) {
      List<TestBinding> ofTenant = bindings.stream().filter(b -> b.tenantId.equals(tenantId)).toList();
      Optional<TestBinding> wide = ofTenant.stream().filter(b -> b.accountId == null).findFirst();
      if (wide.isPresent()) {
        return Optional.of(wide.get());
      }
      return ofTenant.size() == 1 ? Optional.of(ofTenant.get(0)) : Optional.empty();
    }

    @Override
    public Optional<Binding> binding(String tenantId, String accountId) {
      Optional<TestBinding> own =
          bindings.stream().filter(b -> b.tenantId.equals(tenantId) && accountId.equals(b.accountId)).findFirst();
      if (own.isPresent()) {
        return Optional.of(own.get());
      }
      return bindings.stream()
          .filter(b -> b.tenantId.equals(tenantId) && b.accountId == null)
          .map(b -> (Binding) b)
          .findFirst();
    }

    @Override
    public Scheduler scheduler() {
      return scheduler;
    }

    @Override
    public HttpAccess http() {
      return new HttpAccess() {
        @Override
        public HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
          String host = request.uri().getHost();
          if (host == null || !allowedHosts().contains(host.toLowerCase(Locale.ROOT))) {
            throw new SecurityException(
                "plugin " + pluginId + " may not reach " + host + ": not in permissions.hosts");
          }
          return httpClient.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
      };
    }

    @Override
    public PluginLog log() {
      return new PluginLog() {
        @Override
        public void info(String message, Object... args) {
          logLines.add("INFO " + PluginLog.format(message, args));
        }

        @Override
        public void warn(String message, Object... args) {
          logLines.add("WARN " + PluginLog.format(message, args));
        }

        @Override
        public void error(String message, Throwable error) {
          logLines.add("ERROR " + message + ": " + error);
        }
      };
    }

    @Override
    public Metrics metrics() {
      return new Metrics() {
        @Override
        public void increment(String name, long by) {
          counters.computeIfAbsent(name, n -> new AtomicLong()).addAndGet(by);
        }

        @Override
        public void record(String name, long value) {
          records.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>()).add(value);
        }
      };
    }
  }

}
