/** Ways customers reach a company's chat, such as QR codes that open an entry link. */
package dev.frontdesk.entry;
