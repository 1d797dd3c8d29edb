package dev.frontdesk.plugins;

import dev.frontdesk.spi.PluginDescriptor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertPath;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import jdk.security.jarsigner.JarSigner;

/**
 * Builds plugin jars in tests from the compiled classes of {@code dev.frontdesk.plugins.testplugins}: a
 * descriptor, the classes (with their inner classes), optionally signed by a key made with the JDK's keytool.
 */
public final class TestPlugins {

  /** A signing key and its certificate. */
  public record Signer(PrivateKey key, CertPath chain, X509Certificate certificate) {

    /** Makes a fresh EC key pair with a self-signed certificate, using the running JDK's keytool. */
    public static Signer create(String name) {
      try {
        Path dir = Files.createTempDirectory("frontdesk-signer");
        Path store = dir.resolve("keys.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p =
            new ProcessBuilder(
                    keytool.toString(), "-genkeypair", "-keystore", store.toString(), "-storetype", "PKCS12",
                    "-storepass", "secret", "-keypass", "secret", "-alias", "k", "-keyalg", "EC", "-groupname",
                    "secp256r1", "-dname", "CN=" + name, "-validity", "30")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
          throw new IllegalStateException("keytool failed: " + out);
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
          ks.load(in, "secret".toCharArray());
        }
        X509Certificate cert = (X509Certificate) ks.getCertificate("k");
        CertPath chain = CertificateFactory.getInstance("X.509").generateCertPath(List.of(cert));
        return new Signer((PrivateKey) ks.getKey("k", "secret".toCharArray()), chain, cert);
      } catch (Exception e) {
        throw new IllegalStateException("could not make a signing key", e);
      }
    }

    /** The certificate in PEM, as an operator would put it in the trusted directory. */
    public String pem() {
      try {
        return "-----BEGIN CERTIFICATE-----\n"
            + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
            + "\n-----END CERTIFICATE-----\n";
      } catch (java.security.cert.CertificateEncodingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private TestPlugins() {}

  /** The vendor key the integration tests sign with; the IT server trusts it after {@link #trustItSigner}. */
  public static final Signer IT_SIGNER = Signer.create("Frontdesk IT vendor");

  /** Descriptor members of the greeter test plugin: a greeting, a secret token, a public webhook. */
  public static final String GREETER_EXTRAS =
      "\"configSchema\":{\"type\":\"object\",\"properties\":{\"greeting\":{\"type\":\"string\",\"default\":\"Hello\","
          + "\"maxLength\":40},\"token\":{\"type\":\"string\",\"writeOnly\":true}},\"required\":[\"token\"]},"
          + "\"publicPaths\":[\"/hook\"],\"permissions\":{\"storageMb\":1}";

  /** Descriptor members of the fake card provider: the platform's signing secret for its notices. */
  public static final String FAKE_CARD_EXTRAS =
      "\"configSchema\":{\"type\":\"object\",\"properties\":{\"signingSecret\":{\"type\":\"string\",\"minLength\":16,"
          + "\"writeOnly\":true,\"title\":\"Signing secret\"}},\"required\":[\"signingSecret\"]}";

  /** The fake card provider, signed by the IT signer. */
  public static byte[] fakeCard(String version) {
    List<Class<?>> classes = List.of(dev.frontdesk.plugins.testplugins.FakeCardProvider.class);
    return sign(jar(descriptor("fakecard", version, "[1.1,2.0)", classes, FAKE_CARD_EXTRAS), classes), IT_SIGNER);
  }

  /** The IT signer becomes trusted the way an operator does it: its certificate in the plugins/trusted directory. */
  public static void trustItSigner() throws IOException {
    Path trusted = Path.of(System.getProperty("frontdesk.it.data.dir", "target/it-data"), "plugins", "trusted");
    Files.createDirectories(trusted);
    Files.writeString(trusted.resolve("it-vendor.pem"), IT_SIGNER.pem());
  }

  /** The greeter test plugin under another id, signed by the IT signer. */
  public static byte[] greeter(String id, String version) {
    List<Class<?>> classes = List.of(dev.frontdesk.plugins.testplugins.Greeter.class);
    return sign(jar(descriptor(id, version, "[1.0,2.0)", classes, GREETER_EXTRAS), classes), IT_SIGNER);
  }

  /** A descriptor: {@code extraJson} is inserted as further members (e.g. a configSchema), or empty. */
  public static String descriptor(String id, String version, String spi, List<Class<?>> extensions, String extraJson) {
    StringBuilder d =
        new StringBuilder("{\"id\":\"").append(id).append("\",\"version\":\"").append(version)
            .append("\",\"name\":\"Test plugin ").append(id).append("\",\"vendor\":\"Frontdesk tests\",\"spi\":\"")
            .append(spi).append("\",\"extensions\":[");
    for (int i = 0; i < extensions.size(); i++) {
      d.append(i > 0 ? "," : "").append('"').append(extensions.get(i).getName()).append('"');
    }
    d.append(']');
    if (extraJson != null && !extraJson.isBlank()) {
      d.append(',').append(extraJson);
    }
    return d.append('}').toString();
  }

  /** An unsigned jar holding the descriptor and the classes (with their nested classes). */
  public static byte[] jar(String descriptorJson, List<Class<?>> classes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
    try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
      jar.putNextEntry(new JarEntry(PluginDescriptor.RESOURCE));
      jar.write(descriptorJson.getBytes(StandardCharsets.UTF_8));
      jar.closeEntry();
      for (Class<?> c : classes) {
        for (Path file : classFiles(c)) {
          String name = c.getPackageName().replace('.', '/') + "/" + file.getFileName();
          jar.putNextEntry(new JarEntry(name));
          jar.write(Files.readAllBytes(file));
          jar.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The jar signed by {@code signer}, the way jarsigner signs it. */
  public static byte[] sign(byte[] jar, Signer signer) {
    try {
      Path in = Files.createTempFile("unsigned", ".jar");
      Files.write(in, jar);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipFile zip = new ZipFile(in.toFile())) {
        new JarSigner.Builder(signer.key(), signer.chain()).digestAlgorithm("SHA-256").build().sign(zip, out);
      } finally {
        Files.deleteIfExists(in);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The signed jar with one byte of a class entry's content changed (the signature no longer matches). */
  public static byte[] tamper(byte[] signedJar, Class<?> victim) {
    try {
      Path in = Files.createTempFile("signed", ".jar");
      Files.write(in, signedJar);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (java.util.jar.JarFile source = new java.util.jar.JarFile(in.toFile(), false);
          JarOutputStream jar = new JarOutputStream(bytes)) {
        String target = victim.getName().replace('.', '/') + ".class";
        for (JarEntry e : java.util.Collections.list(source.entries())) {
          byte[] content = source.getInputStream(e).readAllBytes();
          if (e.getName().equals(target)) {
            content = Arrays.copyOf(content, content.length + 1); // trailing byte: still loads, digest differs
          }
          jar.putNextEntry(new JarEntry(e.getName()));
          jar.write(content);
          jar.closeEntry();
        }
      } finally {
        Files.deleteIfExists(in);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> classFiles(Class<?> c) throws IOException {
    try {
      Path file = Path.of(c.getResource(c.getSimpleName() + ".class").toURI());
      String prefix = c.getSimpleName() + "$";
      try (Stream<Path> siblings = Files.list(file.getParent())) {
        return Stream.concat(
                Stream.of(file),
                siblings.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".class")))
            .toList();
      }
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }
}
