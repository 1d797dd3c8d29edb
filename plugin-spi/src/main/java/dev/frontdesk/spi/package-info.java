/**
 * The contract between Frontdesk and its plugins. Plugin authors compile against this package alone: it
 * depends on the JDK only, never on platform classes, and changes by semantic versioning ({@link
 * dev.frontdesk.spi.SpiVersion#CURRENT}).
 */
package dev.frontdesk.spi;
