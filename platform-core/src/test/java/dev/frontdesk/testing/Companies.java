package dev.frontdesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;

/** Signs companies up and in through the public API, each with unique names. */
public final class Companies {

  private Companies() {}

  /** A signed-up company and its admin's credentials. */
  public record Company(String id, String slug, String name, String adminId, String adminEmail, String password) {}

  public static Company signUp(Api api, String label) {
    return signUp(api, label, null);
  }

  /** Signs up on a plan (its code), or on the platform's signup plan when null. */
  public static Company signUp(Api api, String label, String plan) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String slug = label.toLowerCase() + "-" + suffix;
    String email = "admin@" + slug + ".test";
    String password = "password-" + suffix;
    JsonObject body =
        Json.createObjectBuilder()
            .add("companyName", label + " Ltd " + suffix)
            .add("slug", slug)
            .add("adminName", label + " Admin")
            .add("adminEmail", email)
            .add("adminPassword", password)
            .build();
    if (plan != null) {
      body = Json.createObjectBuilder(body).add("plan", plan).build();
    }
    Api.Reply reply = api.post("/api/v1/signup", body);
    assertEquals(201, reply.status(), () -> "signup failed: " + reply);
    JsonObject tenant = reply.json().getJsonObject("tenant");
    return new Company(
        tenant.getString("id"), slug, tenant.getString("name"),
        reply.json().getJsonObject("user").getString("id"), email, password);
  }

  /** Signs in with the built-in issuer and returns the access token. */
  public static String signIn(Api api, String slug, String email, String password) {
    Api.Reply reply =
        api.post(
            "/api/v1/auth/login",
            Json.createObjectBuilder().add("tenant", slug).add("email", email).add("password", password).build());
    assertEquals(200, reply.status(), () -> "sign-in failed: " + reply);
    return reply.string("access_token");
  }

  public static String signIn(Api api, Company company) {
    return signIn(api, company.slug(), company.adminEmail(), company.password());
  }

  /** The integration server's platform admin (arquillian.xml sets the credentials), signed in. */
  public static Api platformAdmin(Api api) {
    Api.Reply login = api.post("/api/v1/auth/login", Json.createObjectBuilder()
        .add("email", "platform@frontdesk.test").add("password", "platform-password-1").build());
    assertEquals(200, login.status(), () -> "platform admin sign-in failed: " + login);
    return api.as(login.string("access_token"));
  }
}
