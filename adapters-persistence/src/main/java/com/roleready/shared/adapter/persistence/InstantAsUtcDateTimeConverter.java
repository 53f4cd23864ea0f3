package com.roleready.shared.adapter.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores an Instant as a zone-less DATETIME(6) in UTC. EclipseLink 4.0 would otherwise serialise
 * Instant as a blob, and a Timestamp would depend on each server's default time zone.
 */
@Converter(autoApply = true)
public class InstantAsUtcDateTimeConverter implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime dateTime) {
        return dateTime == null ? null : dateTime.toInstant(ZoneOffset.UTC);
    }
}
