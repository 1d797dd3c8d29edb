package dev.frontdesk.plugins;

import dev.frontdesk.spi.PluginDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * A plugin jar as uploaded, checked: every entry signed by one trusted key (or the platform allows unsigned
 * jars), nothing altered since signing, and a valid descriptor. Reading each entry to its end is what makes the
 * JDK verify its digest against the signature, so a tampered entry fails here.
 */
public record PluginArchive(Descriptor descriptor, byte[] bytes, String sha256, String signer) {

  public static final long MAX_BYTES = 64L * 1024 * 1024;
  public static final String UNSIGNED = "unsigned";

  public static PluginArchive open(byte[] jar, PluginTrust trust) throws PluginRejected {
    if (jar.length == 0) {
      throw new PluginRejected("the upload is empty: send the plugin's jar file");
    }
    if (jar.length > MAX_BYTES) {
      throw new PluginRejected("a plugin jar may have at most " + MAX_BYTES / (1024 * 1024) + " MB");
    }
    Path file = null;
    try {
      file = Files.createTempFile("frontdesk-plugin", ".jar");
      Files.write(file, jar);
      String signer;
      String descriptorJson;
      try (JarFile jarFile = new JarFile(file.toFile(), true)) {
        signer = verify(jarFile, trust);
        JarEntry d = jarFile.getJarEntry(PluginDescriptor.RESOURCE);
        if (d == null) {
          throw new PluginRejected("the jar has no " + PluginDescriptor.RESOURCE + ": is it a Frontdesk plugin?");
        }
        try (InputStream in = jarFile.getInputStream(d)) {
          descriptorJson = new String(in.readNBytes(256 * 1024), StandardCharsets.UTF_8);
        }
      }
      Descriptor descriptor = Descriptor.parse(descriptorJson);
      return new PluginArchive(descriptor, jar, sha256(jar), signer);
    } catch (java.util.zip.ZipException e) {
      throw new PluginRejected("the upload is not a jar file: " + e.getMessage());
    } catch (IOException e) {
      throw new PluginRejected("the jar cannot be read: " + e.getMessage(), e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // a temp file; the OS cleans it up
        }
      }
    }
  }

  /** The trusted signer's subject, or {@link #UNSIGNED} when allowed. */
  private static String verify(JarFile jar, PluginTrust trust) throws IOException, PluginRejected {
    String signer = null;
    String unsignedEntry = null;
    byte[] buffer = new byte[64 * 1024];
    Enumeration<JarEntry> entries = jar.entries();
    while (entries.hasMoreElements()) {
      JarEntry e = entries.nextElement();
      try (InputStream in = jar.getInputStream(e)) {
        while (in.read(buffer) >= 0) {
          // reading to the end verifies the entry's digest
        }
      } catch (SecurityException tampered) {
        throw new PluginRejected("the jar was altered after it was signed (" + e.getName() + "): " + tampered.getMessage());
      }
      if (e.isDirectory() || isSignatureFile(e.getName())) {
        continue;
      }
      CodeSigner[] signers = e.getCodeSigners();
      if (signers == null || signers.length == 0) {
        unsignedEntry = unsignedEntry == null ? e.getName() : unsignedEntry;
        continue;
      }
      String trustedBy = null;
      for (CodeSigner s : signers) {
        List<? extends Certificate> chain = s.getSignerCertPath().getCertificates();
        if (trust.trusts(chain)) {
          trustedBy = ((X509Certificate) chain.get(0)).getSubjectX500Principal().getName();
        }
      }
      if (trustedBy == null) {
        X509Certificate leaf = (X509Certificate) signers[0].getSignerCertPath().getCertificates().get(0);
        if (!trust.allowUnsigned()) {
          throw new PluginRejected(
              "the jar is signed by '" + leaf.getSubjectX500Principal().getName()
                  + "', which is not in the platform's plugin trust store");
        }
        unsignedEntry = unsignedEntry == null ? e.getName() : unsignedEntry;
        continue;
      }
      signer = signer == null ? trustedBy : signer;
    }
    if (unsignedEntry != null) {
      if (!trust.allowUnsigned()) {
        throw new PluginRejected(
            signer == null
                ? "the jar is not signed; sign it with jarsigner using a key the platform trusts"
                : "the entry " + unsignedEntry + " is not signed: the jar was changed after signing");
      }
      return UNSIGNED;
    }
    if (signer == null) {
      if (!trust.allowUnsigned()) {
        throw new PluginRejected("the jar is not signed; sign it with jarsigner using a key the platform trusts");
      }
      return UNSIGNED;
    }
    return signer;
  }

  private static boolean isSignatureFile(String name) {
    String n = name.toUpperCase(Locale.ROOT);
    if (!n.startsWith("META-INF/") || n.indexOf('/', 9) >= 0) {
      return false;
    }
    return n.equals("META-INF/MANIFEST.MF") || n.endsWith(".SF") || n.endsWith(".RSA") || n.endsWith(".DSA")
        || n.endsWith(".EC") || n.startsWith("META-INF/SIG-");
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
