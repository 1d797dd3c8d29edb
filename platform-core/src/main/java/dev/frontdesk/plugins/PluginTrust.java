package dev.frontdesk.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Whose signatures the platform accepts on plugin jars: the certificates bundled with the build (the key that
 * signed the bundled plugins) and any {@code .pem}/{@code .cer}/{@code .crt} file an operator puts in the trusted
 * directory. A jar signed by a key whose certificate chain contains one of them is trusted.
 */
public final class PluginTrust {

  private static final Logger LOG = Logger.getLogger(PluginTrust.class.getName());

  private final Set<X509Certificate> trusted;
  private final boolean allowUnsigned;

  public PluginTrust(Collection<X509Certificate> trusted, boolean allowUnsigned) {
    this.trusted = Set.copyOf(trusted);
    this.allowUnsigned = allowUnsigned;
  }

  /** The bundled certificates (class-path resources) plus those in {@code directory}, if it exists. */
  public static PluginTrust load(List<String> bundledResources, Path directory, boolean allowUnsigned) {
    Set<X509Certificate> certs = new HashSet<>();
    ClassLoader loader = PluginTrust.class.getClassLoader();
    for (String resource : bundledResources) {
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in != null) {
          certs.addAll(read(in));
        }
      } catch (IOException | CertificateException e) {
        LOG.warning("plugin trust: cannot read bundled certificate " + resource + ": " + e.getMessage());
      }
    }
    if (Files.isDirectory(directory)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.{pem,cer,crt}")) {
        for (Path f : files) {
          try (InputStream in = Files.newInputStream(f)) {
            certs.addAll(read(in));
          } catch (IOException | CertificateException e) {
            LOG.warning("plugin trust: cannot read " + f + ": " + e.getMessage());
          }
        }
      } catch (IOException e) {
        LOG.warning("plugin trust: cannot list " + directory + ": " + e.getMessage());
      }
    }
    return new PluginTrust(certs, allowUnsigned);
  }

  private static List<X509Certificate> read(InputStream in) throws CertificateException {
    List<X509Certificate> out = new ArrayList<>();
    for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
      out.add((X509Certificate) c);
    }
    return out;
  }

  public boolean allowUnsigned() {
    return allowUnsigned;
  }

  public Set<X509Certificate> certificates() {
    return trusted;
  }

  /** Whether a signer's chain (leaf first) contains a trusted certificate. */
  boolean trusts(List<? extends Certificate> chain) {
    return chain.stream().anyMatch(trusted::contains);
  }
}
