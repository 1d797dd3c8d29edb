package dev.frontdesk.plugins;

import dev.frontdesk.api.ProblemException;
import dev.frontdesk.config.FrontdeskConfig;
import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.Extension;
import dev.frontdesk.spi.Inbound;
import dev.frontdesk.tenancy.TenantContext;
import dev.frontdesk.tenancy.Tenants;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the platform's plugins. At start it installs the bundled plugins and any jar an operator dropped into
 * the plugins directory, then loads every enabled plugin from the database; afterwards every few seconds it
 * converges on the database (what another instance installed, upgraded or removed), so a cluster runs the same
 * versions without a restart. Also the {@link PluginServices} the runtime hands plugins: their bindings, stores
 * and inbound paths, and where suspensions are recorded.
 */
@ApplicationScoped
public class PluginHost implements PluginServices {

  private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());
  private static final Duration RECONCILE_EVERY = Duration.ofSeconds(5);
  private static final Duration BINDINGS_REFRESH_EVERY = Duration.ofSeconds(10);
  static final String BUNDLED_DIR = "frontdesk-plugins/";
  static final String BUNDLED_CERT = BUNDLED_DIR + "trusted/build-signing.pem";

  @Inject FrontdeskConfig config;
  @Inject PluginCatalog catalog;
  @Inject PluginBindings bindings;
  @Inject PluginStore store;
  @Inject PlatformSettingsStore platformSettings;
  @Inject ChannelInbound inbound;
  @Inject Tenants tenants;
  @Inject PluginHost self;
  @Resource ManagedThreadFactory threads;
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "frontdesk.plugins.bundled")
  Optional<String> bundledJars;

  private volatile PluginRuntime runtime;
  private Path work;
  private final Map<String, String> loadErrors = new ConcurrentHashMap<>();
  /** The jar that last failed to load, per plugin: not retried on every pass. */
  private final Map<String, String> failedSha = new ConcurrentHashMap<>();
  private volatile Map<String, List<Binding>> bindingCache = Map.of();
  /** Per plugin: companies that enabled it, and companies where it is suspended. */
  private volatile Map<String, long[]> bindingCounts = Map.of();
  private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

  /** Called once by {@link PluginBoot}, after the database is migrated. */
  void start() {
    // Unpacked jars go to this machine's temp space, one directory per process: instances of a cluster may share
    // the data directory, and must not unpack over (or clean up) each other's class paths.
    try {
      work = Files.createTempDirectory("frontdesk-plugins-");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot create a directory to unpack plugins into", e);
    }
    CallGuard.Limits limits =
        new CallGuard.Limits(
            config.pluginCallTimeout(), config.pluginThreads(), 64, config.pluginMemoryPerCallMb() * 1024 * 1024,
            config.pluginMaxFailures());
    runtime = new PluginRuntime(work, Extension.class.getClassLoader(), limits, threads, this);
    if (config.pluginsAllowUnsigned()) {
      LOG.warning("Unsigned plugins are ALLOWED (frontdesk.plugins.allow-unsigned / FRONTDESK_PLUGINS_ALLOW_UNSIGNED"
          + " is true, the quick-start default): any jar an administrator uploads will run. Set it to false in production.");
    }
    installAtStart();
    reconcile();
    refreshBindings();
    tasks.add(scheduler.scheduleWithFixedDelay(this::reconcileQuietly, RECONCILE_EVERY.toMillis(), RECONCILE_EVERY.toMillis(), TimeUnit.MILLISECONDS));
    tasks.add(scheduler.scheduleWithFixedDelay(this::refreshBindingsQuietly, BINDINGS_REFRESH_EVERY.toMillis(), BINDINGS_REFRESH_EVERY.toMillis(), TimeUnit.MILLISECONDS));
  }

  @PreDestroy
  void stop() {
    tasks.forEach(t -> t.cancel(false));
    if (runtime != null) {
      runtime.stopAll();
    }
    if (work != null) {
      deleteTree(work);
    }
  }

  public PluginTrust trust() {
    return PluginTrust.load(List.of(BUNDLED_CERT), config.pluginsDir().resolve("trusted"), config.pluginsAllowUnsigned());
  }

  /** The outcome of an install: the plugin, and whether it replaced an installed version. */
  public record Installed(RunningPlugin plugin, boolean upgraded, String previousVersion) {}

  /**
   * Installs or upgrades a plugin from an uploaded jar: verified, started, saved, then swapped in; the old
   * version stops only after the new one runs. Refusals are 422 problems saying why.
   */
  public synchronized Installed install(byte[] jar, boolean bundled) {
    PluginArchive archive;
    try {
      archive = PluginArchive.open(jar, trust());
    } catch (PluginRejected e) {
      throw refused(e);
    }
    Optional<PluginCatalog.Entry> before = entry(archive.descriptor().id());
    if (before.isPresent() && before.get().sha256().equals(archive.sha256())) {
      throw ProblemException.conflict(
          "Plugin " + archive.descriptor().id() + " " + archive.descriptor().version() + " is already installed (the same jar).");
    }
    RunningPlugin fresh;
    try {
      fresh = runtime.prepare(archive);
    } catch (PluginRejected e) {
      throw refused(e);
    }
    try {
      catalog.save(archive, bundled);
    } catch (RuntimeException e) {
      fresh.stop();
      throw e;
    }
    if (before.isEmpty() || before.get().enabled()) {
      runtime.swapIn(fresh);
      loadErrors.remove(archive.descriptor().id());
    } else {
      fresh.stop(); // installed while disabled: the new jar is kept, it runs when enabled
    }
    LOG.info("Plugin " + archive.descriptor().id() + " " + archive.descriptor().version() + " installed (signer: " + archive.signer() + ")");
    return new Installed(fresh, before.isPresent(), before.map(PluginCatalog.Entry::version).orElse(null));
  }

  public synchronized void remove(String id) {
    if (!catalog.delete(id)) {
      throw ProblemException.notFound("No plugin " + id + " is installed.");
    }
    runtime.remove(id);
    loadErrors.remove(id);
    LOG.info("Plugin " + id + " removed");
  }

  public synchronized void setEnabled(String id, boolean enabled) {
    catalog.setEnabled(id, enabled).orElseThrow(() -> ProblemException.notFound("No plugin " + id + " is installed."));
    if (enabled) {
      load(id);
    } else {
      runtime.remove(id);
      loadErrors.remove(id);
    }
  }

  public Optional<RunningPlugin> running(String id) {
    return runtime.get(id);
  }

  public List<RunningPlugin> running() {
    return runtime.all().stream().sorted(Comparator.comparing(p -> p.descriptor().id())).toList();
  }

  public <T> List<RunningPlugin> implementing(Class<T> type) {
    return runtime.implementing(type);
  }

  /** Why an enabled plugin is not running on this instance, if it failed to load. */
  public Optional<String> loadError(String id) {
    return Optional.ofNullable(loadErrors.get(id));
  }

  /** Converges this instance on the database: loads what is new or changed, unloads what is gone or disabled. */
  public synchronized void reconcile() {
    List<PluginCatalog.Entry> entries = catalog.entries();
    for (PluginCatalog.Entry e : entries) {
      Optional<RunningPlugin> r = runtime.get(e.id());
      if (!e.enabled()) {
        runtime.remove(e.id());
        loadErrors.remove(e.id());
      } else if ((r.isEmpty() || !r.get().sha256().equals(e.sha256())) && !e.sha256().equals(failedSha.get(e.id()))) {
        load(e.id());
      }
    }
    for (RunningPlugin p : runtime.all()) {
      if (entries.stream().noneMatch(e -> e.id().equals(p.descriptor().id()))) {
        runtime.remove(p.descriptor().id());
      }
    }
  }

  private void load(String id) {
    Optional<byte[]> jar = catalog.jar(id);
    if (jar.isEmpty()) {
      return;
    }
    String sha = PluginArchive.sha256(jar.get());
    try {
      runtime.install(PluginArchive.open(jar.get(), trust()));
      loadErrors.remove(id);
      failedSha.remove(id);
    } catch (PluginRejected e) {
      loadErrors.put(id, e.getMessage());
      failedSha.put(id, sha); // not retried every pass; a new jar or an enable tries again
      LOG.warning("Plugin " + id + " could not be loaded: " + e.getMessage());
    }
  }

  private void reconcileQuietly() {
    try {
      reconcile();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "plugin reconciliation failed; next in " + RECONCILE_EVERY, e);
    }
  }

  private void installAtStart() {
    for (String name : bundledJars.orElse("").split(",")) {
      if (name.isBlank()) {
        continue;
      }
      try (InputStream in = PluginHost.class.getClassLoader().getResourceAsStream(BUNDLED_DIR + name.strip())) {
        if (in == null) {
          LOG.warning("bundled plugin " + name + " is missing from the build");
          continue;
        }
        installIfNewer(in.readAllBytes(), true, "bundled " + name);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "cannot read bundled plugin " + name, e);
      }
    }
    Path dir = config.pluginsDir();
    if (Files.isDirectory(dir)) {
      try (DirectoryStream<Path> jars = Files.newDirectoryStream(dir, "*.jar")) {
        for (Path jar : jars) {
          installIfNewer(Files.readAllBytes(jar), false, jar.toString());
        }
      } catch (IOException e) {
        LOG.log(Level.WARNING, "cannot read the plugins directory " + dir, e);
      }
    }
  }

  /** Installs a jar found at start unless the same or a newer version is installed (an upload wins). */
  private void installIfNewer(byte[] jar, boolean bundled, String source) {
    try {
      PluginArchive archive = PluginArchive.open(jar, trust());
      Optional<PluginCatalog.Entry> installed = entry(archive.descriptor().id());
      if (installed.isPresent()
          && (installed.get().sha256().equals(archive.sha256())
              || Versions.compare(installed.get().version(), archive.descriptor().version()) >= 0)) {
        return;
      }
      catalog.save(archive, bundled);
      LOG.info("Plugin " + archive.descriptor().id() + " " + archive.descriptor().version() + " installed from " + source);
    } catch (PluginRejected e) {
      LOG.warning("Plugin jar " + source + " refused: " + e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Plugin jar " + source + " could not be installed", e); // another instance raced us
    }
  }

  private Optional<PluginCatalog.Entry> entry(String id) {
    return catalog.entries().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  private static ProblemException refused(PluginRejected e) {
    return new ProblemException(422, "plugin-refused", "Plugin refused", e.getMessage());
  }

  // --- PluginServices: what plugins reach through their context ------------------------------------------------

  @Override
  public List<Binding> bindings(Descriptor plugin) {
    return bindingCache.getOrDefault(plugin.id(), List.of());
  }

  @Override
  public Optional<Binding> binding(Descriptor plugin, String tenantId, String accountId) {
    UUID tenant = uuid(tenantId);
    UUID account = accountId == null ? null : uuid(accountId);
    if (tenant == null || (accountId != null && account == null)) {
      return Optional.empty();
    }
    return TenantContext.callAs(tenant, () -> bindings.effective(plugin.id(), account).map(b -> binding(plugin, b)));
  }

  /** The binding a plugin sees for a stored one. */
  Binding binding(Descriptor plugin, PluginBinding b) {
    return new PlatformBinding(
        b.tenantId(), b.accountId(), bindings.values(b), store.scoped(plugin.id(), b.tenantId(), plugin.storageBytes()),
        inboundFor(plugin, b.tenantId(), b.accountId()));
  }

  private Inbound inboundFor(Descriptor plugin, UUID tenantId, UUID accountId) {
    return message -> {
      RunningPlugin p = runtime.get(plugin.id()).orElseThrow(() -> new IllegalStateException("the plugin is not running"));
      RunningPlugin.Channel channel = p.channel()
          .orElseThrow(() -> new IllegalStateException("only channel plugins can receive customers' messages"));
      return inbound.receive(plugin, channel.name(), tenantId, accountId, message);
    };
  }

  @Override
  public Map<String, Object> platformConfig(Descriptor plugin) {
    return platformSettings.values(plugin.id());
  }

  @Override
  public void suspend(String pluginId, String tenantId, String reason) {
    UUID tenant = uuid(tenantId);
    if (tenant == null) {
      return;
    }
    LOG.warning("Plugin " + pluginId + " suspended for tenant " + tenantId + ": " + reason);
    TenantContext.runAs(tenant, () -> bindings.suspend(pluginId, reason));
    refreshBindingsQuietly();
  }

  /** A company changed a binding: plugins see it after the transaction commits (on other instances, within seconds). */
  void bindingsChanged() {
    scheduler.schedule(this::refreshBindingsQuietly, 200, TimeUnit.MILLISECONDS);
  }

  /** Rebuilds the cross-tenant list of active bindings (the app's role sees one tenant at a time). */
  public void refreshBindings() {
    Map<String, List<Binding>> next = new ConcurrentHashMap<>();
    Map<String, long[]> counts = new ConcurrentHashMap<>();
    for (UUID tenant : tenants.ids()) {
      TenantContext.runAs(tenant, () -> {
        List<PluginBinding> all = bindings.ofTenant();
        for (PluginBinding b : all) {
          Optional<RunningPlugin> p = runtime.get(b.pluginId());
          if (b.active() && p.isPresent()) {
            next.computeIfAbsent(b.pluginId(), k -> new ArrayList<>()).add(binding(p.get().descriptor(), b));
          }
        }
        all.stream().map(PluginBinding::pluginId).distinct().forEach(id -> {
          long[] c = counts.computeIfAbsent(id, k -> new long[2]);
          c[0] += all.stream().anyMatch(b -> b.pluginId().equals(id) && b.enabled()) ? 1 : 0;
          c[1] += all.stream().anyMatch(b -> b.pluginId().equals(id) && b.suspendedAt() != null) ? 1 : 0;
        });
      });
    }
    bindingCache = Map.copyOf(next);
    bindingCounts = Map.copyOf(counts);
  }

  /** Every installed plugin as the platform admin sees it. */
  public List<PluginViews.PlatformPlugin> platformViews() {
    return catalog.all().stream().map(this::view).toList();
  }

  public PluginViews.PlatformPlugin view(String id) {
    return view(catalog.find(id).orElseThrow(() -> ProblemException.notFound("No plugin " + id + " is installed.")));
  }

  private PluginViews.PlatformPlugin view(InstalledPlugin p) {
    Descriptor d;
    try {
      d = Descriptor.parse(p.descriptorJson());
    } catch (PluginRejected e) {
      throw new IllegalStateException("stored descriptor of " + p.id() + " is invalid", e);
    }
    Optional<RunningPlugin> r = runtime.get(p.id()).filter(x -> x.sha256().equals(p.sha256()));
    String error = loadErrors.get(p.id());
    String state = !p.enabled() ? "disabled" : r.isPresent() ? "active" : error != null ? "failed" : "loading";
    long[] counts = bindingCounts.getOrDefault(p.id(), new long[2]);
    return new PluginViews.PlatformPlugin(
        p.id(), p.version(), d.name(), d.vendor(), d.description(), state, error, p.signer(), p.sha256(), d.spi(),
        r.map(PluginViews::extensionPoints).orElse(List.of()), PluginViews.Permissions.of(d), p.bundled(),
        p.installedAt(), p.updatedAt(), r.map(x -> PluginViews.Failures.of(x.stats())).orElse(PluginViews.Failures.NONE),
        r.map(RunningPlugin::counters).orElse(Map.of()), counts[0], counts[1]);
  }

  private void refreshBindingsQuietly() {
    try {
      refreshBindings();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "refreshing plugin bindings failed", e);
    }
  }

  private static UUID uuid(String s) {
    try {
      return s == null ? null : UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.log(Level.FINE, "could not clean " + dir, e);
    }
  }
}
