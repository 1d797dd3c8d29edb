/**
 * The conversation engine: customers, sessions (WeCom states 0 new, 1 assistant, 2 queued, 3 human, 4 closed),
 * messages and the one inbound path every message takes, whatever its source: persist, sequence, route, publish.
 */
package dev.frontdesk.conversation;
