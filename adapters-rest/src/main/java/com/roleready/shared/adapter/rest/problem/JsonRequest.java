package com.roleready.shared.adapter.rest.problem;

import com.roleready.shared.domain.DomainValidationException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Strict reading of a JSON request body. Lenient binding would turn {@code "enabled": "maybe"}
 * into false; here every field must have its JSON type, and a wrong one is a 400 naming the field.
 */
public final class JsonRequest {

    private final JsonObject body;

    private JsonRequest(JsonObject body) {
        this.body = body;
    }

    /** Takes any JSON value so that an array or a string is a 400 naming the body, not a binding error. */
    public static JsonRequest of(JsonValue body) {
        if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new DomainValidationException("body", "the request body must be a JSON object");
        }
        return new JsonRequest(body.asJsonObject());
    }

    public JsonObject raw() {
        return body;
    }

    /** A string, or null when the field is absent or JSON null (the domain decides if that is allowed). */
    public String string(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw wrongType(field, "a string");
    }

    public Boolean bool(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw wrongType(field, "true or false");
    }

    public List<String> stringList(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw wrongType(field, "an array of strings");
        }
        List<String> strings = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
            if (!(item instanceof JsonString text)) {
                throw wrongType(field, "an array of strings");
            }
            strings.add(text.getString());
        }
        return strings;
    }

    /** A JSON object, or null when absent or JSON null. */
    public JsonObject object(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            return value.asJsonObject();
        }
        throw wrongType(field, "a JSON object");
    }

    /** An array of whole numbers, or null when absent or JSON null. */
    public List<Long> longList(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw wrongType(field, "an array of whole numbers");
        }
        List<Long> numbers = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
            if (!(item instanceof JsonNumber number) || !number.isIntegral()) {
                throw wrongType(field, "an array of whole numbers");
            }
            try {
                numbers.add(number.longValueExact());
            } catch (ArithmeticException e) {
                throw wrongType(field, "an array of whole numbers");
            }
        }
        return numbers;
    }

    public Optional<JsonNumber> number(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof JsonNumber number) {
            return Optional.of(number);
        }
        throw wrongType(field, "a number");
    }

    private JsonValue value(String field) {
        JsonValue value = body.get(field);
        return value == null || value == JsonValue.NULL ? null : value;
    }

    private static DomainValidationException wrongType(String field, String expected) {
        return new DomainValidationException(field, field + " must be " + expected);
    }
}
