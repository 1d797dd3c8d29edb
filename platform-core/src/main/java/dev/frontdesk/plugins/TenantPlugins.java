package dev.frontdesk.plugins;

import dev.frontdesk.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A company's view of the platform's plugins: what is available, where it is enabled, with which settings. */
@ApplicationScoped
public class TenantPlugins {

  @Inject PluginHost host;
  @Inject PluginBindings bindings;

  @Transactional
  public List<PluginViews.TenantPlugin> list() {
    List<PluginBinding> all = bindings.ofTenant();
    return host.running().stream()
        .filter(TenantPlugins::forCompanies)
        .map(p -> {
          Descriptor d = p.descriptor();
          List<PluginBinding> mine = all.stream().filter(b -> b.pluginId().equals(d.id())).toList();
          return new PluginViews.TenantPlugin(
              d.id(), d.name(), d.vendor(), d.description(), d.version(), PluginViews.extensionPoints(p),
              d.configSchema().json(), PluginViews.Permissions.of(d),
              mine.stream().filter(b -> b.accountId() == null).findFirst().map(b -> PluginViews.binding(bindings, b)).orElse(null),
              mine.stream().filter(b -> b.accountId() != null).map(b -> PluginViews.binding(bindings, b)).toList());
        })
        .sorted(Comparator.comparing(PluginViews.TenantPlugin::name))
        .toList();
  }

  @Transactional
  public PluginViews.BindingView configure(String pluginId, UUID accountId, JsonObject config) {
    PluginBinding b = bindings.configure(descriptor(pluginId), accountId, config);
    PluginViews.BindingView view = PluginViews.binding(bindings, b);
    host.bindingsChanged();
    return view;
  }

  @Transactional
  public PluginViews.BindingView setEnabled(String pluginId, UUID accountId, boolean enabled) {
    PluginBinding b = bindings.setEnabled(descriptor(pluginId), accountId, enabled);
    PluginViews.BindingView view = PluginViews.binding(bindings, b);
    host.bindingsChanged();
    return view;
  }

  @Transactional
  public void removeAccountBinding(String pluginId, UUID accountId) {
    if (accountId == null) {
      throw ProblemException.invalid("account", "name the CS account whose own settings to remove");
    }
    if (!bindings.removeAccountBinding(pluginId, accountId)) {
      throw ProblemException.notFound("Plugin " + pluginId + " has no settings of its own for account " + accountId + ".");
    }
    host.bindingsChanged();
  }

  private Descriptor descriptor(String pluginId) {
    return host.running(pluginId)
        .filter(TenantPlugins::forCompanies)
        .map(RunningPlugin::descriptor)
        .orElseThrow(() -> ProblemException.notFound("No plugin " + pluginId + " is available."));
  }

  /** A payment provider the platform enables for itself: companies neither see nor configure it. */
  private static boolean forCompanies(RunningPlugin p) {
    return p.extensions(dev.frontdesk.spi.PaymentProvider.class).isEmpty();
  }
}
