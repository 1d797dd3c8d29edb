package dev.frontdesk.billing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A subscription change: a plan (its code, or the id of its current version), seats, and the billing cycle. */
public record ChangeRequest(
    @NotBlank @Size(max = 40) String planId,
    @Min(1) @Max(100_000) Integer seats,
    @NotNull @Pattern(regexp = "monthly|yearly", message = "must be monthly or yearly") String cycle) {}
