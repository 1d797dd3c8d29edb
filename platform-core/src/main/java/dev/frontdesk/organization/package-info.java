/**
 * A company's organization: departments and staff members with their roles, and invitations for members who
 * set their own password. All of it is tenant-owned.
 */
package dev.frontdesk.organization;
