package dev.frontdesk.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a member's roles as their ids, comma-separated: a handful of values, read with the member. */
@Converter
public class RolesConverter implements AttributeConverter<Set<Role>, String> {

  @Override
  public String convertToDatabaseColumn(Set<Role> roles) {
    return roles.stream().map(Role::id).sorted().collect(Collectors.joining(","));
  }

  @Override
  public Set<Role> convertToEntityAttribute(String column) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(",")).map(String::trim).map(Role::fromId).forEach(roles::add);
    }
    return roles;
  }
}
