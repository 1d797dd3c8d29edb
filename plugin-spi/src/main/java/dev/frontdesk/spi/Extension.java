package dev.frontdesk.spi;

/**
 * What every extension class a plugin lists in its descriptor implements, through one of the extension points
 * ({@link ChannelPlugin}, {@link AssistantPlugin}, {@link PaymentProvider}, {@link HttpEndpoint}). The host
 * creates each listed class once per loaded plugin version with its public no-argument constructor, calls
 * {@link #start} before any other method and {@link #stop} before the plugin's class loader is released.
 *
 * <p>Every call into an extension runs on a host thread with a timeout; a call that throws or overruns counts
 * as a failure, and repeated failures suspend the plugin for the tenant concerned. Keep calls short and let
 * the {@link Scheduler} run long work.
 */
public interface Extension {

  /** Called once, before anything else; the context stays valid until {@link #stop}. */
  default void start(PluginContext context) throws Exception {}

  /** Called once when the plugin is removed, upgraded or disabled: release threads, sockets and caches. */
  default void stop() throws Exception {}
}
