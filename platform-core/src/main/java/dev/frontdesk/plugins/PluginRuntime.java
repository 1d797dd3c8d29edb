package dev.frontdesk.plugins;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;

/**
 * The registry of running plugins, outside CDI (which cannot add beans after boot). Readers see an immutable
 * map swapped in one volatile write, so an upgrade is atomic: a call either reaches the old version or the new
 * one, never a half-replaced plugin. Writers are serialized.
 */
public final class PluginRuntime {

  private final Path workRoot;
  private final ClassLoader spiLoader;
  private final CallGuard.Limits limits;
  private final ThreadFactory threads;
  private final PluginServices services;
  private volatile Map<String, RunningPlugin> running = Map.of();

  public PluginRuntime(
      Path workRoot, ClassLoader spiLoader, CallGuard.Limits limits, ThreadFactory threads, PluginServices services) {
    this.workRoot = workRoot;
    this.spiLoader = spiLoader;
    this.limits = limits;
    this.threads = threads;
    this.services = services;
  }

  /**
   * Starts the archive's plugin and swaps it in, then stops the version it replaced (if any). The new version is
   * fully started before anyone can reach it; on failure the old one keeps running.
   */
  public RunningPlugin install(PluginArchive archive) throws PluginRejected {
    return swapIn(prepare(archive));
  }

  /** Loads and starts a plugin without registering it yet: nobody can reach it until {@link #swapIn}. */
  public RunningPlugin prepare(PluginArchive archive) throws PluginRejected {
    return RunningPlugin.start(archive, workRoot, spiLoader, limits, threads, services);
  }

  /** Registers a prepared plugin in place of the running version of the same id, which is then stopped. */
  public synchronized RunningPlugin swapIn(RunningPlugin fresh) {
    Map<String, RunningPlugin> next = new HashMap<>(running);
    RunningPlugin old = next.put(fresh.descriptor().id(), fresh);
    running = Map.copyOf(next);
    if (old != null) {
      old.stop();
    }
    return fresh;
  }

  /** Stops and forgets a plugin; false when it was not running. */
  public synchronized boolean remove(String id) {
    Map<String, RunningPlugin> next = new HashMap<>(running);
    RunningPlugin old = next.remove(id);
    if (old == null) {
      return false;
    }
    running = Map.copyOf(next);
    old.stop();
    return true;
  }

  public Optional<RunningPlugin> get(String id) {
    return Optional.ofNullable(running.get(id));
  }

  public Collection<RunningPlugin> all() {
    return running.values();
  }

  /** The running plugins that implement an extension point. */
  public <T> List<RunningPlugin> implementing(Class<T> type) {
    return running.values().stream().filter(p -> !p.extensions(type).isEmpty()).toList();
  }

  public synchronized void stopAll() {
    Map<String, RunningPlugin> old = running;
    running = Map.of();
    old.values().forEach(RunningPlugin::stop);
  }
}
