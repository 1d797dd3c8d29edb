package dev.frontdesk.spi;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Outgoing HTTP for plugins. Only hosts the descriptor lists under {@code permissions.hosts} are reachable;
 * any other host is refused with a {@link SecurityException} before a connection is made.
 */
public interface HttpAccess {

  HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException;
}
