package com.roleready.deployment.experimentation;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;

/** A MicroProfile Config over a map, converting like the real one for the types the settings use. */
public final class MapConfig implements Config {

    private final Map<String, String> values;

    public MapConfig(Map<String, String> values) {
        this.values = values;
    }

    @Override
    public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
        String text = values.get(name);
        if (text == null) {
            return Optional.empty();
        }
        Object value;
        if (type == Long.class) {
            value = Long.valueOf(text);
        } else if (type == Integer.class) {
            value = Integer.valueOf(text);
        } else if (type == Double.class) {
            value = Double.valueOf(text);
        } else {
            value = text;
        }
        return Optional.of(type.cast(value));
    }

    @Override
    public <T> T getValue(String name, Class<T> type) {
        return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
    }

    @Override
    public ConfigValue getConfigValue(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public Iterable<ConfigSource> getConfigSources() {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
        return Optional.empty();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException();
    }
}
