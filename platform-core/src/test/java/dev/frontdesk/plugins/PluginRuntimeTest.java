package dev.frontdesk.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.plugins.testplugins.FailsToStart;
import dev.frontdesk.plugins.testplugins.Greeter;
import dev.frontdesk.plugins.testplugins.Misbehaving;
import dev.frontdesk.spi.AssistantPlugin;
import dev.frontdesk.spi.Binding;
import dev.frontdesk.spi.Content;
import dev.frontdesk.spi.Extension;
import dev.frontdesk.spi.HttpEndpoint;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginRuntimeTest {

  static final TestPlugins.Signer TRUSTED = TestPlugins.Signer.create("Trusted vendor");
  static final PluginTrust TRUST = new PluginTrust(List.of(TRUSTED.certificate()), false);
  static final CallGuard.Limits LIMITS =
      new CallGuard.Limits(Duration.ofMillis(500), 2, 4, 64L * 1024 * 1024, 3);

  @TempDir Path work;
  MemoryServices services;
  PluginRuntime runtime;

  @BeforeEach
  void setUp() {
    services = new MemoryServices();
    services.configure("t1", Map.of("greeting", "Hi", "mode", "ok"));
    runtime = new PluginRuntime(work, Extension.class.getClassLoader(), LIMITS, Executors.defaultThreadFactory(), services);
  }

  @AfterEach
  void tearDown() {
    runtime.stopAll();
  }

  static PluginArchive greeter(String version) throws PluginRejected {
    String d = TestPlugins.descriptor("greeter", version, "[1.0,2.0)", List.of(Greeter.class), null);
    return PluginArchive.open(TestPlugins.sign(TestPlugins.jar(d, List.of(Greeter.class)), TRUSTED), TRUST);
  }

  static PluginArchive misbehaving() throws PluginRejected {
    String d = TestPlugins.descriptor("bad", "1.0.0", "1.0", List.of(Misbehaving.class), null);
    return PluginArchive.open(TestPlugins.sign(TestPlugins.jar(d, List.of(Misbehaving.class)), TRUSTED), TRUST);
  }

  String ask(String pluginId, String tenant, String text) {
    RunningPlugin p = runtime.get(pluginId).orElseThrow();
    Binding b = services.binding(p.descriptor(), tenant, null).orElseThrow();
    AssistantPlugin a = p.extensions(AssistantPlugin.class).get(0);
    AssistantPlugin.Turn turn = new AssistantPlugin.Turn("s", "a", "c", Content.text(text), 1, List.of());
    AssistantPlugin.Reply r = p.call(tenant, "answer", () -> a.answer(b, turn));
    return ((Content.Text) ((AssistantPlugin.Answer) r).messages().get(0)).text();
  }

  String get(String pluginId, String path) {
    RunningPlugin p = runtime.get(pluginId).orElseThrow();
    HttpEndpoint e = p.extensions(HttpEndpoint.class).get(0);
    int q = path.indexOf('?');
    Map<String, List<String>> query = new java.util.HashMap<>();
    if (q > 0) {
      for (String pair : path.substring(q + 1).split("&")) {
        query.put(pair.substring(0, pair.indexOf('=')), List.of(pair.substring(pair.indexOf('=') + 1)));
      }
    }
    HttpEndpoint.Request request =
        new HttpEndpoint.Request("GET", q > 0 ? path.substring(0, q) : path, query, Map.of(), null, Optional.empty(), Optional.empty());
    return new String(p.call("t1", "handle", () -> e.handle(request)).body());
  }

  @Test
  void pluginSeesOnlyTheSpiAndTheJdk() throws Exception {
    runtime.install(greeter("1.0.0"));
    assertEquals("{\"platformVisible\":false,\"persistenceVisible\":false}", get("greeter", "/peek"));
    RunningPlugin p = runtime.get("greeter").orElseThrow();
    assertTrue(p.extensions(AssistantPlugin.class).get(0).getClass().getClassLoader() != Greeter.class.getClassLoader());
  }

  @Test
  void upgradeSwapsVersionsAndTheOldLoaderIsCollected() throws Exception {
    runtime.install(greeter("1.0.0"));
    assertEquals("[1.0.0] Hi, you said: x", ask("greeter", "t1", "x"));
    WeakReference<ClassLoader> old = new WeakReference<>(runtime.get("greeter").orElseThrow().classLoader());
    runtime.install(greeter("1.1.0"));
    assertEquals("[1.1.0] Hi, you said: x", ask("greeter", "t1", "x"));
    assertTrue(collected(old), "the replaced version's class loader was not garbage-collected");
  }

  @Test
  void twentyInstallRemoveCyclesLeaveNoLoaderAndNoHeapBehind() throws Exception {
    List<WeakReference<ClassLoader>> loaders = new ArrayList<>();
    runtime.install(greeter("0.0.1"));
    runtime.remove("greeter");
    long before = usedHeapAfterGc();
    for (int i = 1; i <= 20; i++) {
      RunningPlugin p = runtime.install(greeter("1.0." + i));
      assertEquals("[1.0." + i + "] Hi, you said: y", ask("greeter", "t1", "y"));
      loaders.add(new WeakReference<>(p.classLoader()));
      p = null;
      assertTrue(runtime.remove("greeter"));
    }
    for (WeakReference<ClassLoader> ref : loaders) {
      assertTrue(collected(ref), "a removed plugin's class loader is still reachable");
    }
    long grown = usedHeapAfterGc() - before;
    assertTrue(grown < 16L * 1024 * 1024, "heap grew by " + grown / 1024 + " KB over 20 cycles");
    try (var dirs = Files.list(work.resolve("greeter"))) {
      assertEquals(0, dirs.count(), "unpacked files of removed versions remain");
    }
  }

  @Test
  void aPluginNeedingAnotherSpiIsRefusedClearly() throws Exception {
    String d = TestPlugins.descriptor("future", "1.0.0", "[2.0,3.0)", List.of(Greeter.class), null);
    PluginArchive archive = PluginArchive.open(TestPlugins.sign(TestPlugins.jar(d, List.of(Greeter.class)), TRUSTED), TRUST);
    PluginRejected e = assertThrows(PluginRejected.class, () -> runtime.install(archive));
    assertEquals("plugin future 1.0.0 needs SPI [2.0,3.0), but this platform provides SPI 1.1.0", e.getMessage());
  }

  @Test
  void aPluginThatCannotStartIsRefusedAndTheRunningVersionStays() throws Exception {
    runtime.install(greeter("1.0.0"));
    String d = TestPlugins.descriptor("greeter", "2.0.0", "1.0", List.of(FailsToStart.class), null);
    PluginArchive broken = PluginArchive.open(TestPlugins.sign(TestPlugins.jar(d, List.of(FailsToStart.class)), TRUSTED), TRUST);
    PluginRejected e = assertThrows(PluginRejected.class, () -> runtime.install(broken));
    assertTrue(e.getMessage().contains("missing something it needs"), e.getMessage());
    assertEquals("[1.0.0] Hi, you said: z", ask("greeter", "t1", "z"));
  }

  @Test
  void unsignedUntrustedAndTamperedJarsAreRefused() throws Exception {
    String d = TestPlugins.descriptor("greeter", "1.0.0", "1.0", List.of(Greeter.class), null);
    byte[] unsigned = TestPlugins.jar(d, List.of(Greeter.class));
    assertEquals(
        "the jar is not signed; sign it with jarsigner using a key the platform trusts",
        assertThrows(PluginRejected.class, () -> PluginArchive.open(unsigned, TRUST)).getMessage());
    byte[] stranger = TestPlugins.sign(unsigned, TestPlugins.Signer.create("Someone else"));
    assertTrue(
        assertThrows(PluginRejected.class, () -> PluginArchive.open(stranger, TRUST)).getMessage()
            .contains("'CN=Someone else', which is not in the platform's plugin trust store"));
    byte[] tampered = TestPlugins.tamper(TestPlugins.sign(unsigned, TRUSTED), Greeter.class);
    assertTrue(
        assertThrows(PluginRejected.class, () -> PluginArchive.open(tampered, TRUST)).getMessage()
            .startsWith("the jar was altered after it was signed (dev/frontdesk/plugins/testplugins/Greeter.class)"));
    assertEquals("CN=Trusted vendor", PluginArchive.open(TestPlugins.sign(unsigned, TRUSTED), TRUST).signer());
    assertEquals(PluginArchive.UNSIGNED, PluginArchive.open(unsigned, new PluginTrust(List.of(), true)).signer());
  }

  @Test
  void failuresAreContainedCountedAndSuspendTheTenantAfterALimit() throws Exception {
    runtime.install(greeter("1.0.0"));
    runtime.install(misbehaving());
    services.configure("t1", Map.of("greeting", "Hi", "mode", "throw"));
    for (int i = 0; i < 3; i++) {
      PluginFailure f = assertThrows(PluginFailure.class, () -> ask("bad", "t1", "q"));
      assertTrue(f.getMessage().contains("IllegalStateException: this plugin always fails"), f.getMessage());
    }
    assertEquals(1, services.suspensions.size());
    assertEquals("t1", services.suspensions.get(0).tenantId());
    assertTrue(services.suspensions.get(0).reason().startsWith("3 failures in a row; the last: answer failed"));
    assertEquals("[1.0.0] Hi, you said: still here", ask("greeter", "t1", "still here"));
    assertEquals(3, runtime.get("bad").orElseThrow().stats().failures());
  }

  @Test
  void aHangingCallTimesOutAndAnInterruptIgnoringLoopIsStopped() throws Exception {
    runtime.install(misbehaving());
    long start = System.nanoTime();
    PluginFailure sleep = assertThrows(PluginFailure.class, () -> get("bad", "/x?mode=sleep"));
    assertTrue(sleep.getMessage().contains("did not finish within 500 ms"), sleep.getMessage());
    assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
    assertThrows(PluginFailure.class, () -> get("bad", "/x?mode=spin"));
    assertThrows(PluginFailure.class, () -> get("bad", "/x?mode=spin"));
    // both pool threads were spinning; the watchdog stops them, so the plugin serves again
    assertEquals("{\"ok\":true}", eventually(() -> get("bad", "/x?mode=ok")));
  }

  @Test
  void aCallAllocatingWithoutEndIsStoppedAndItsMemoryReturns() throws Exception {
    runtime.install(misbehaving());
    long before = usedHeapAfterGc();
    PluginFailure f = assertThrows(PluginFailure.class, () -> get("bad", "/x?mode=hog"));
    String message = f.getMessage();
    assertTrue(message.contains("allocated more than 64 MB in one call") || message.contains("did not finish"), message);
    runtime.remove("bad"); // the hoard lived in the plugin's instance: removing the plugin frees it
    assertTrue(usedHeapAfterGc() - before < 32L * 1024 * 1024);
    assertNull(runtime.get("bad").orElse(null));
  }

  private static <T> T eventually(java.util.function.Supplier<T> work) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (true) {
      try {
        return work.get();
      } catch (PluginFailure e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(200);
      }
    }
  }

  static boolean collected(WeakReference<?> ref) throws InterruptedException {
    for (int i = 0; i < 50 && ref.get() != null; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ref.get() == null;
  }

  static long usedHeapAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  @Test
  void descriptorsAreCheckedBeforeAnyCodeRuns() {
    assertEquals(
        "plugin id 'Bad Id' must be 2 to 40 of a-z, 0-9 and '-'",
        assertThrows(PluginRejected.class, () -> Descriptor.parse("{\"id\":\"Bad Id\",\"version\":\"1.0.0\",\"spi\":\"1.0\",\"extensions\":[\"a.B\"]}")).getMessage());
    assertEquals(
        "configSchema.properties.x: the keyword \"oneOf\" is not supported",
        assertThrows(PluginRejected.class, () -> Descriptor.parse(
            "{\"id\":\"ok\",\"version\":\"1.0.0\",\"spi\":\"1.0\",\"extensions\":[\"a.B\"],"
                + "\"configSchema\":{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"string\",\"oneOf\":[]}}}}")).getMessage());
    assertFalse(Descriptor.ID.matcher("-x").matches());
  }
}
