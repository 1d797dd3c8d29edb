package dev.frontdesk.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that ships, as built by this module's package phase: tests deploy exactly what users run. */
public final class FrontdeskWar {

  private FrontdeskWar() {}

  public static WebArchive create() {
    File war = new File(System.getProperty("frontdesk.it.war", "target/ROOT.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: run the integration tests with 'mvn verify'");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
