/**
 * Messages left for a company that takes no new conversations (its plan's conversation limit is reached): what
 * a new visitor writes in the widget's leave-a-message form, and channel messages that would have started a
 * conversation then. Staff list them and mark them handled.
 */
package dev.frontdesk.leftmessages;
