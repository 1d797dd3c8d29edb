/** Customer-service accounts: the desks a company runs, and their settings such as business hours. */
package dev.frontdesk.accounts;
