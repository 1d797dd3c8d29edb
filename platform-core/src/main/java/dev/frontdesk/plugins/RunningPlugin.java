package dev.frontdesk.plugins;

import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.ChannelPlugin;
import dev.frontdesk.spi.Extension;
import dev.frontdesk.spi.HttpAccess;
import dev.frontdesk.spi.Inbound;
import dev.frontdesk.spi.KeyValueStore;
import dev.frontdesk.spi.Metrics;
import dev.frontdesk.spi.PluginConfig;
import dev.frontdesk.spi.PluginContext;
import dev.frontdesk.spi.PluginLog;
import dev.frontdesk.spi.Scheduler;
import dev.frontdesk.spi.SendWindow;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * One version of one plugin, loaded: its class loader (the jar and its {@code lib/} libraries over {@link
 * SpiOnlyParent}), its started extensions, its call guard and scheduler. {@link #stop} undoes all of it so the
 * class loader can be collected.
 */
public final class RunningPlugin {

  private static final Logger LOG = Logger.getLogger(RunningPlugin.class.getName());
  private static final Duration STOP_GRACE = Duration.ofSeconds(5);

  private final Descriptor descriptor;
  private final String sha256;
  private final String signer;
  private final Path directory;
  private volatile URLClassLoader loader;
  private final List<Extension> extensions = new ArrayList<>();
  private final CallGuard guard;
  private final PluginScheduler scheduler;
  private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
  /** A channel plugin's name and send window, asked once at start: they are fixed for a plugin version. */
  private volatile Channel channel;

  /** What a channel plugin declares about itself. */
  record Channel(String name, SendWindow sendWindow) {}

  private RunningPlugin(
      PluginArchive archive, Path directory, URLClassLoader loader, CallGuard.Limits limits, ThreadFactory threads,
      PluginServices services) {
    this.descriptor = archive.descriptor();
    this.sha256 = archive.sha256();
    this.signer = archive.signer();
    this.directory = directory;
    this.loader = loader;
    this.guard = new CallGuard(descriptor.id(), loader, limits, threads, (tenant, reason) -> services.suspend(descriptor.id(), tenant, reason));
    this.scheduler = new PluginScheduler(guard, threads, loader);
  }

  /**
   * Unpacks, loads and starts a plugin. On any failure everything is undone and the reason thrown: a plugin
   * that cannot start is never registered.
   */
  static RunningPlugin start(
      PluginArchive archive, Path workRoot, ClassLoader spiLoader, CallGuard.Limits limits, ThreadFactory threads,
      PluginServices services) throws PluginRejected {
    Descriptor d = archive.descriptor();
    if (!d.spiMatches()) {
      throw new PluginRejected(
          "plugin " + d.id() + " " + d.version() + " needs SPI " + d.spi() + ", but this platform provides SPI "
              + dev.frontdesk.spi.SpiVersion.CURRENT);
    }
    Path dir = workRoot.resolve(d.id()).resolve(d.version() + "-" + archive.sha256().substring(0, 12) + "-" + System.nanoTime());
    RunningPlugin plugin = null;
    try {
      List<URL> urls = unpack(archive.bytes(), dir);
      URLClassLoader loader =
          new URLClassLoader("plugin-" + d.id() + "-" + d.version(), urls.toArray(URL[]::new), new SpiOnlyParent(spiLoader));
      plugin = new RunningPlugin(archive, dir, loader, limits, threads, services);
      plugin.instantiate();
      RunningPlugin started = plugin;
      // made here, on a platform thread: the HTTP client's selector thread must not inherit the plugin's loader
      PluginContext context = started.new Context(services);
      started.guard.call(null, "start", () -> {
        for (Extension e : started.extensions) {
          e.start(context);
        }
        return null;
      });
      List<ChannelPlugin> channels = started.extensions(ChannelPlugin.class);
      if (!channels.isEmpty()) {
        ChannelPlugin c = channels.get(0);
        started.channel = started.guard.call(null, "describing its channel", () -> {
          String name = c.channel();
          if (name == null || name.isBlank() || name.length() > 40) {
            throw new IllegalStateException("channel() must name the channel in 1 to 40 characters");
          }
          SendWindow w = c.sendWindow();
          return new Channel(name, w == null ? SendWindow.UNLIMITED : w);
        });
      }
      return plugin;
    } catch (PluginFailure e) {
      if (plugin != null) {
        plugin.stop();
      }
      throw new PluginRejected("plugin " + d.id() + " " + d.version() + " could not start: " + e.getMessage(), e);
    } catch (IOException e) {
      deleteQuietly(dir);
      throw new PluginRejected("plugin " + d.id() + " could not be unpacked: " + e.getMessage(), e);
    } catch (PluginRejected | RuntimeException e) {
      if (plugin != null) {
        plugin.stop();
      } else {
        deleteQuietly(dir);
      }
      throw e;
    }
  }

  private void instantiate() throws PluginRejected {
    for (String name : descriptor.extensions()) {
      Object instance;
      try {
        Class<?> type = Class.forName(name, false, loader);
        instance = guard.call(null, "creating " + name, () -> type.getConstructor().newInstance());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new PluginRejected("the extension class " + name + " cannot be loaded: " + e);
      } catch (PluginFailure e) {
        throw new PluginRejected("the extension class " + name + " cannot be created: " + e.getMessage());
      }
      if (!(instance instanceof Extension ext)) {
        throw new PluginRejected(name + " implements none of the SPI's extension points");
      }
      extensions.add(ext);
    }
  }

  /** The jar itself and every {@code lib/*.jar} inside it, written out for the class loader. */
  private static List<URL> unpack(byte[] jar, Path dir) throws IOException {
    Files.createDirectories(dir.resolve("lib"));
    Path main = dir.resolve("plugin.jar");
    Files.write(main, jar);
    List<URL> urls = new ArrayList<>();
    urls.add(main.toUri().toURL());
    long total = 0;
    try (JarInputStream in = new JarInputStream(Files.newInputStream(main))) {
      JarEntry e;
      while ((e = in.getNextJarEntry()) != null) {
        String name = e.getName();
        if (!e.isDirectory() && name.startsWith("lib/") && name.endsWith(".jar") && name.indexOf('/', 4) < 0
            && !name.contains("..")) {
          Path lib = dir.resolve("lib").resolve(name.substring(4));
          total += Files.copy(in, lib, StandardCopyOption.REPLACE_EXISTING);
          if (total > 4 * PluginArchive.MAX_BYTES) {
            throw new IOException("the libraries inside the jar unpack to more than " + 4 * PluginArchive.MAX_BYTES / (1024 * 1024) + " MB");
          }
          urls.add(lib.toUri().toURL());
        }
      }
    }
    return urls;
  }

  /** Stops the extensions, the scheduler and the pool, and closes the class loader. Safe to call twice. */
  void stop() {
    URLClassLoader l = loader;
    if (l == null) {
      return;
    }
    try {
      guard.call(null, "stop", () -> {
        for (Extension e : extensions) {
          try {
            e.stop();
          } catch (Exception ex) {
            LOG.log(Level.WARNING, "plugin " + descriptor.id() + ": an extension failed to stop", ex);
          }
        }
        return null;
      });
    } catch (PluginFailure e) {
      LOG.warning(e.getMessage());
    }
    scheduler.shutdown(STOP_GRACE);
    guard.shutdown(STOP_GRACE);
    extensions.clear();
    loader = null;
    try {
      l.close();
    } catch (IOException e) {
      LOG.log(Level.FINE, "closing the class loader of " + descriptor.id(), e);
    }
    deleteQuietly(directory);
  }

  private static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.log(Level.FINE, "could not delete " + dir, e);
    }
  }

  public Descriptor descriptor() {
    return descriptor;
  }

  public String sha256() {
    return sha256;
  }

  public String signer() {
    return signer;
  }

  /** The channel this plugin serves, if it is a channel plugin. */
  Optional<Channel> channel() {
    return Optional.ofNullable(channel);
  }

  CallGuard.Stats stats() {
    return guard.stats();
  }

  Map<String, Long> counters() {
    Map<String, Long> out = new java.util.TreeMap<>();
    counters.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  /** The started extensions implementing {@code type} (one plugin may implement several points). */
  <T> List<T> extensions(Class<T> type) {
    return extensions.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Calls into the plugin through its guard; {@code tenantId} is whom a failure counts against. */
  <T> T call(String tenantId, String what, java.util.concurrent.Callable<T> work) {
    if (loader == null) {
      throw new PluginFailure(descriptor.id(), "the plugin was stopped", null);
    }
    return guard.call(tenantId, what, work);
  }

  ClassLoader classLoader() {
    return loader;
  }

  /** The context handed to the plugin's extensions: every handle goes through {@link CallGuard#inHost}. */
  private final class Context implements PluginContext {
    private final PluginServices services;
    private final HttpClient http =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final Logger log = Logger.getLogger("frontdesk.plugin." + descriptor.id());

    Context(PluginServices services) {
      this.services = services;
    }

    @Override
    public String pluginId() {
      return descriptor.id();
    }

    @Override
    public String pluginVersion() {
      return descriptor.version();
    }

    @Override
    public List<Binding> bindings() {
      return CallGuard.inHost(() -> services.bindings(descriptor).stream().map(b -> (Binding) new Guarded(b)).toList());
    }

    @Override
    public Optional<Binding> binding(String tenantId) {
      return CallGuard.inHost(() -> services.binding(descriptor, tenantId, null).map(Guarded::new));
    }

    @Override
    public Optional<Binding> binding(String tenantId, String accountId) {
      if (accountId == null) {
        return binding(tenantId);
      }
      return CallGuard.inHost(() -> services.binding(descriptor, tenantId, accountId).map(Guarded::new));
    }

    @Override
    public PluginConfig platformConfig() {
      Map<String, Object> values = Map.copyOf(CallGuard.inHost(() -> services.platformConfig(descriptor)));
      return () -> values;
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
          String scheme = request.uri().getScheme();
          String host = request.uri().getHost();
          if (host == null || !("https".equals(scheme) || "http".equals(scheme)) || !descriptor.allowsHost(host)) {
            throw new SecurityException(
                "plugin " + descriptor.id() + " may not reach " + request.uri().getHost()
                    + ": only the hosts in its descriptor's permissions.hosts " + descriptor.hosts());
          }
          return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
      };
    }

    @Override
    public PluginLog log() {
      return new PluginLog() {
        @Override
        public void info(String message, Object... args) {
          log.info(() -> "[" + descriptor.id() + "] " + PluginLog.format(message, args));
        }

        @Override
        public void warn(String message, Object... args) {
          log.warning(() -> "[" + descriptor.id() + "] " + PluginLog.format(message, args));
        }

        @Override
        public void error(String message, Throwable error) {
          log.log(Level.SEVERE, "[" + descriptor.id() + "] " + message, error);
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
          counters.computeIfAbsent(name + ".count", n -> new AtomicLong()).incrementAndGet();
          counters.computeIfAbsent(name + ".sum", n -> new AtomicLong()).addAndGet(value);
        }
      };
    }
  }

  /** A binding whose store and inbound path mark the plugin's thread as inside the platform. */
  private record Guarded(Binding b) implements Binding {
    @Override
    public String tenantId() {
      return b.tenantId();
    }

    @Override
    public Optional<String> accountId() {
      return b.accountId();
    }

    @Override
    public PluginConfig config() {
      return b.config();
    }

    @Override
    public KeyValueStore store() {
      KeyValueStore s = b.store();
      return new KeyValueStore() {
        @Override
        public Optional<String> get(String key) {
          return CallGuard.inHost(() -> s.get(key));
        }

        @Override
        public void put(String key, String value) {
          CallGuard.inHost(() -> {
            s.put(key, value);
            return null;
          });
        }

        @Override
        public boolean putIfAbsent(String key, String value) {
          return CallGuard.inHost(() -> s.putIfAbsent(key, value));
        }

        @Override
        public boolean delete(String key) {
          return CallGuard.inHost(() -> s.delete(key));
        }

        @Override
        public Map<String, String> list(String prefix, int limit) {
          return CallGuard.inHost(() -> s.list(prefix, limit));
        }
      };
    }

    @Override
    public Inbound inbound() {
      Inbound in = b.inbound();
      return message -> CallGuard.inHost(() -> in.receive(message));
    }
  }

}
