package dev.frontdesk.accounts;

import dev.frontdesk.api.Json;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores business hours as JSON in one column: they are read and written whole, never queried. */
@Converter
public class BusinessHoursConverter implements AttributeConverter<BusinessHours, String> {

  @Override
  public String convertToDatabaseColumn(BusinessHours hours) {
    return hours == null ? null : Json.write(hours);
  }

  @Override
  public BusinessHours convertToEntityAttribute(String json) {
    return json == null ? null : Json.read(json, BusinessHours.class);
  }
}
