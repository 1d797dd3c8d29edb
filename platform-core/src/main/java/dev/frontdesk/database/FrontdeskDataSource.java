package dev.frontdesk.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's JTA data source: Payara pools {@link ConfiguredDataSource} and enlists its connections in
 * transactions. (Payara resolves {@code ${MPCONFIG=...}} in this annotation before the application's own config
 * sources exist, so the URL and credentials are read by that class instead.)
 */
@DataSourceDefinition(
    name = FrontdeskDataSource.JNDI_NAME,
    className = "dev.frontdesk.database.ConfiguredDataSource",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data"
    })
@ApplicationScoped
public class FrontdeskDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/frontdesk";
}
