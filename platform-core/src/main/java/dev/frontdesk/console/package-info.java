/** Serving the web console's static bundle (built by tenant-admin-ui) well: fresh pages, cached assets. */
package dev.frontdesk.console;
