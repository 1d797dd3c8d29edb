/**
 * The plugin host: loads plugin jars at runtime, each in its own class loader that sees only the SPI and the
 * JDK; verifies their signatures; calls them with timeouts on bounded executors and suspends them for a tenant
 * after repeated failures; stores tenants' enablement and configuration (secrets encrypted); and serves
 * plugins' HTTP endpoints. Plugins live outside CDI in {@link dev.frontdesk.plugins.PluginRuntime}, whose map
 * is swapped atomically on install, upgrade and removal.
 */
package dev.frontdesk.plugins;
