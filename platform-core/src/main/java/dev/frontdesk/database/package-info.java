/** The database: the container data source, Flyway migrations at start-up, and the role checks behind RLS. */
package dev.frontdesk.database;
