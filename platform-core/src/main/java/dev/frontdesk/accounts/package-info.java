/**
 * Customer-service accounts (WeCom's 客服账号): the named, avatar'd identities a company answers under, with
 * their business hours, reception policy and servicers, and each servicer's receiving/paused status.
 */
package dev.frontdesk.accounts;
