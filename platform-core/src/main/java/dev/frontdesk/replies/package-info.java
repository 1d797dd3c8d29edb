/**
 * Canned (quick) replies: texts staff insert by shortcut while answering. Company-wide ones, written by admins and
 * supervisors, and each member's own.
 */
package dev.frontdesk.replies;
