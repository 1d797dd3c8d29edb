package dev.frontdesk.tenancy;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A company signing up, with its first admin. {@code plan} is the code of the plan to start on (a paid plan starts
 * with its trial); without it, the platform's signup plan (Free by default).
 */
public record SignupRequest(
    @NotBlank @Size(max = 120) String companyName,
    @NotNull
        @Pattern(
            regexp = Slugs.PATTERN,
            message = "use 3 to 40 lowercase letters, digits or hyphens, starting with a letter")
        String slug,
    @NotBlank @Size(max = 120) String adminName,
    @NotBlank @Email @Size(max = 254) String adminEmail,
    @NotNull @Size(min = 10, max = 200, message = "must be 10 to 200 characters") String adminPassword,
    @Size(max = 40) String plan) {}
