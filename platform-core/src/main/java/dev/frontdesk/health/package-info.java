/** Health checks for orchestrators: live when the process answers, ready when the database does. */
package dev.frontdesk.health;
