package dev.frontdesk.plugins;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The parent of every plugin class loader: the JDK's platform classes and the SPI package, nothing else. A
 * plugin therefore cannot link against Payara, Hibernate, CDI or Frontdesk's own classes, and brings its own
 * libraries (which cannot clash with the platform's versions).
 */
final class SpiOnlyParent extends ClassLoader {

  private static final String SPI_PACKAGE = "dev.frontdesk.spi.";

  private final ClassLoader spiLoader;

  SpiOnlyParent(ClassLoader spiLoader) {
    super("frontdesk-plugin-parent", ClassLoader.getPlatformClassLoader());
    this.spiLoader = spiLoader;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (name.startsWith(SPI_PACKAGE) && name.indexOf('.', SPI_PACKAGE.length()) < 0) {
      return spiLoader.loadClass(name);
    }
    return super.loadClass(name, resolve); // the platform loader; findClass below refuses the rest
  }

  @Override
  public URL getResource(String name) {
    return getParent().getResource(name);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    Enumeration<URL> jdk = getParent().getResources(name);
    return jdk == null ? Collections.emptyEnumeration() : jdk;
  }
}
