package dev.frontdesk.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;

/** Request bodies of the members API. */
public final class MemberRequests {

  private MemberRequests() {}

  /** A new member: with a password, active at once; without one, invited. */
  public record Create(
      @NotBlank @Size(max = 120) String name,
      @NotBlank @Email @Size(max = 254) String email,
      @Size(min = 10, max = 200, message = "must be 10 to 200 characters") String password,
      @NotEmpty Set<@NotBlank String> roles,
      Set<UUID> departmentIds) {}

  /** Changes; absent fields stay as they are. */
  public record Update(
      @Size(min = 1, max = 120) String name,
      @Size(min = 10, max = 200, message = "must be 10 to 200 characters") String password,
      @Size(min = 1, message = "a member needs at least one role") Set<@NotBlank String> roles,
      Set<UUID> departmentIds) {}
}
