package dev.frontdesk.billing;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a plan offers and costs. Prices are minor units (cents) of {@code currency}; a null limit is unlimited; a
 * null {@code overagePer100} makes the conversation limit hard, otherwise each started 100 conversations past it
 * cost that much; a null extra-seat price means no seats beyond the included ones.
 */
public record PlanTerms(
    @NotBlank @Size(max = 80) String name,
    @Size(max = 500) String description,
    @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency,
    @NotNull @Min(0) Long monthlyPrice,
    @NotNull @Min(0) Long yearlyPrice,
    @NotNull @Min(1) @Max(100_000) Integer includedSeats,
    @Min(0) Long extraSeatMonthly,
    @Min(0) Long extraSeatYearly,
    @Min(1) Integer maxAccounts,
    @Min(1) Integer maxSeats,
    @Min(1) Integer maxConversations,
    @Min(1) Integer retentionDays,
    @Min(0) Integer maxPlugins,
    @Min(0) Long overagePer100,
    @NotNull @Min(0) @Max(365) Integer trialDays,
    @Min(0) @Max(1000) Integer sortOrder) {

  @AssertTrue(message = "extraSeatMonthly and extraSeatYearly are given together or not at all")
  public boolean isExtraSeatPricedForBothCycles() {
    return (extraSeatMonthly == null) == (extraSeatYearly == null);
  }

  @AssertTrue(message = "maxSeats must be at least includedSeats")
  public boolean isMaxSeatsCoveringIncluded() {
    return maxSeats == null || includedSeats == null || maxSeats >= includedSeats;
  }

  @AssertTrue(message = "the currency must be one the platform knows")
  public boolean isCurrencyKnown() {
    try {
      return currency == null || java.util.Currency.getInstance(currency) != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether paid seats beyond the included ones can be bought. */
  public boolean sellsExtraSeats() {
    return extraSeatMonthly != null;
  }
}
