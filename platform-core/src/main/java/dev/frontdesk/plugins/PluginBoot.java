package dev.frontdesk.plugins;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts the plugin host once the schema is migrated. A plugin that fails never stops the platform starting. */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class PluginBoot {

  private static final Logger LOG = Logger.getLogger(PluginBoot.class.getName());

  @Inject PluginHost host;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    try {
      host.start();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "the plugin host could not start; the platform runs without plugins", e);
    }
  }
}
