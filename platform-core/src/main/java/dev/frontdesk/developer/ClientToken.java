package dev.frontdesk.developer;

import jakarta.json.bind.annotation.JsonbProperty;

/** The token endpoint's answer (RFC 6749 §5.1). No refresh token: a client holding its secret asks again. */
public record ClientToken(
    @JsonbProperty("access_token") String accessToken,
    @JsonbProperty("token_type") String tokenType,
    @JsonbProperty("expires_in") long expiresIn,
    String scope) {}
