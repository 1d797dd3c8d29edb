package dev.frontdesk.plugins;

import dev.frontdesk.identity.Role;
import dev.frontdesk.spi.PaymentProvider;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The platform admin's payment providers: plugins exposing {@link PaymentProvider}, their platform settings
 * (bank details, API keys, signing secrets; secrets never returned) and whether companies may pay with them.
 */
@Path("/platform/payment-providers")
@RequestScoped
@Tag(name = "Platform: payment providers", description = "Payment provider plugins' settings (platform admin)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PLATFORM_ADMIN_ID)
public class PlatformPaymentProviderResource {

  @Inject PluginHost host;
  @Inject PaymentProviders providers;
  @Inject PlatformSettingsStore settings;

  /** A payment provider as the platform admin sees it. */
  public record ProviderView(
      String pluginId, String name, String description, String version, String providerId, boolean paymentsEnabled,
      JsonObject configSchema, Map<String, Object> config, List<String> secretsSet, Instant updatedAt) {}

  public record Enabled(@NotNull Boolean enabled) {}

  @GET
  @Operation(summary = "Running payment provider plugins with their settings (secrets only named) and switch")
  public List<ProviderView> list() {
    return host.implementing(PaymentProvider.class).stream()
        .map(this::view)
        .sorted(java.util.Comparator.comparing(ProviderView::name))
        .toList();
  }

  @GET
  @Path("{pluginId}")
  @Operation(summary = "One payment provider plugin with its settings")
  public ProviderView get(@PathParam("pluginId") String pluginId) {
    return view(providers.running(pluginId));
  }

  @PUT
  @Path("{pluginId}/config")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Save a payment provider's platform settings, checked against its schema; secrets left out"
      + " keep their value, null clears them")
  public ProviderView configure(@PathParam("pluginId") String pluginId, @NotNull JsonObject config) {
    RunningPlugin p = providers.running(pluginId);
    settings.configure(p.descriptor(), config);
    return view(p);
  }

  @PUT
  @Path("{pluginId}/enabled")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Offer the provider to companies as a way to pay, or stop offering it; turning it on checks"
      + " its settings are complete")
  public ProviderView setEnabled(@PathParam("pluginId") String pluginId, @Valid @NotNull Enabled body) {
    RunningPlugin p = providers.running(pluginId);
    settings.setPaymentsEnabled(p.descriptor(), body.enabled());
    return view(p);
  }

  private ProviderView view(RunningPlugin p) {
    Descriptor d = p.descriptor();
    String providerId;
    try {
      providerId = p.call(null, "providerId", () -> p.extensions(PaymentProvider.class).get(0).providerId());
    } catch (PluginFailure e) {
      providerId = null; // the list still shows the plugin; its failure counts are on the plugins page
    }
    var saved = settings.find(d.id());
    return new ProviderView(
        d.id(), d.name(), d.description(), d.version(), providerId, saved.map(PlatformSettings::paymentsEnabled).orElse(false),
        d.configSchema().json(), saved.map(settings::visible).orElse(Map.of()),
        saved.map(settings::secretsSet).orElse(List.of()), saved.map(PlatformSettings::updatedAt).orElse(null));
  }
}
