/**
 * Plugins for the host's tests, packed into jars at test time by {@link dev.frontdesk.plugins.TestPlugins}: a
 * well-behaved one ({@link Greeter}), a card payment provider ({@link FakeCardProvider}) and deliberately bad ones. They use the SPI only, like real plugins.
 */
package dev.frontdesk.plugins.testplugins;
