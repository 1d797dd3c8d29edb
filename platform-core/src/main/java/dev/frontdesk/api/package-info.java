/**
 * The HTTP API's shared plumbing: the JAX-RS application (MP-JWT on every route), RFC 9457 problem details and
 * the exception mappers that produce them. Domain packages hold their own resources; nothing here knows them
 * beyond the list of classes to serve.
 */
package dev.frontdesk.api;
