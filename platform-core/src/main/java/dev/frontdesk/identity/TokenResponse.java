package dev.frontdesk.identity;

import jakarta.json.bind.annotation.JsonbProperty;

/** The OAuth-shaped answer to a sign-in or refresh. */
public record TokenResponse(
    @JsonbProperty("access_token") String accessToken,
    @JsonbProperty("refresh_token") String refreshToken,
    @JsonbProperty("token_type") String tokenType,
    @JsonbProperty("expires_in") long expiresIn) {}
