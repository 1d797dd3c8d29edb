/** Configuration: every setting is a MicroProfile Config property with an environment-variable twin. */
package dev.frontdesk.config;
