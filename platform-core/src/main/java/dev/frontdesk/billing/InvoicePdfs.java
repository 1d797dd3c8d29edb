package dev.frontdesk.billing;

import dev.frontdesk.config.FrontdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The invoice PDF renderer, with the operator's fonts for the scripts the bundled one lacks; made once. */
@ApplicationScoped
public class InvoicePdfs {

  @Inject FrontdeskConfig config;

  @Produces
  @Singleton
  InvoicePdf renderer() {
    return new InvoicePdf(config.billingPdfFonts());
  }
}
