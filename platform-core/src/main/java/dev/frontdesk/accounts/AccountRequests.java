package dev.frontdesk.accounts;

import dev.frontdesk.reception.RoutingMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** What the API accepts for CS accounts. */
public final class AccountRequests {

  private AccountRequests() {}

  /** Creating an account; on update every field is optional and an empty string clears a text. */
  public record Account(
      @Size(min = 1, max = 120) String name,
      @Size(max = 2000) String welcomeMessage,
      @Valid BusinessHours businessHours,
      @Size(max = 2000) String offHoursReply,
      Boolean assistantEnabled) {}

  public record Policy(
      @NotNull @Pattern(regexp = "round_robin|idle_first|manual", message = "must be round_robin, idle_first or manual")
          String mode,
      @NotNull @Min(1) @Max(100) Integer servicerCap,
      @NotNull Boolean preferLastServicer,
      @NotNull @Min(1) @Max(365) Integer preferLastDays,
      @NotNull @Min(1) @Max(10080) Integer inactivityCloseMinutes,
      @Min(1) @Max(100) Integer sendWindowMessages,
      @Min(1) @Max(720) Integer sendWindowHours) {

    RoutingMode routingMode() {
      return RoutingMode.valueOf(mode.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** Servicers to add: members, departments, or both. */
  public record Servicers(
      @Size(max = 500) List<@NotNull UUID> userIds, @Size(max = 100) List<@NotNull UUID> departmentIds) {}

  public record Status(
      @NotBlank @Pattern(regexp = "receiving|paused", message = "must be receiving or paused") String status,
      @Pattern(regexp = "stopped|suspended", message = "must be stopped or suspended") String pauseKind) {}
}
