package dev.frontdesk.billing;

import dev.frontdesk.config.FrontdeskConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Puts the default plans on sale on a platform's first start; refuses to start with invoice fonts it cannot read. */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class BillingBoot {

  private static final Logger LOG = Logger.getLogger(BillingBoot.class.getName());

  @Inject PlanCatalog catalog;
  @Inject FrontdeskConfig config;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void seed() {
    config.billingPdfFonts(); // a misspelt font path fails the start, not the first invoice download
    try {
      catalog.seedIfEmpty(config.billingCurrency());
    } catch (RuntimeException e) { // another instance seeded at the same moment: its plans stand
      LOG.log(Level.INFO, "default plans not seeded here: " + e.getMessage());
    }
  }
}
