package com.roleready.shared.adapter.rest.problem;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads every JSON request body strictly, instead of the server's lenient JSON-P provider: at most 1 MiB however it is
 * sent (a chunked body has no Content-Length for {@link RequestSizeLimitFilter} to check), valid UTF-8, exactly one
 * JSON value with nothing after it, no key twice in an object, no unpaired surrogate in a string, at most
 * {@value #MAX_DEPTH} levels deep and numbers of at most {@value #MAX_NUMBER_CHARS} characters. Anything else is a 400
 * (413 for the size) naming the body, never a 500 from deep inside a parser.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonBodyReader implements MessageBodyReader<JsonValue> {

    static final int MAX_DEPTH = 64;
    static final int MAX_NUMBER_CHARS = 100;
    /** Looked up once: each {@code Json.createXxx} call looks the provider up again through the ServiceLoader. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final JsonParserFactory PARSERS = JSON.createParserFactory(Map.of());

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonValue.class;
    }

    @Override
    public JsonValue readFrom(Class<JsonValue> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                              MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        try {
            return parse(body);
        } catch (Refusal refusal) {
            throw new RequestBodyException(Problem.ofField(refusal.type, refusal.getMessage(), "body"));
        }
    }

    /** Why a body is refused; becomes a {@link RequestBodyException} (a problem needs the JAX-RS runtime). */
    static final class Refusal extends RuntimeException {

        private static final long serialVersionUID = 1L;
        final ProblemType type;

        private Refusal(ProblemType type, String detail) {
            super(detail, null, false, false);
            this.type = type;
        }

        static Refusal malformed(String detail) {
            return new Refusal(ProblemType.MALFORMED_REQUEST, detail);
        }

        static Refusal tooLarge() {
            return new Refusal(ProblemType.PAYLOAD_TOO_LARGE, "request bodies are limited to 1 MiB");
        }
    }

    /** The body's one JSON value; throws {@link Refusal} for anything not strictly JSON. */
    static JsonValue parse(InputStream body) throws IOException {
        String text = utf8(atMost(body, RequestSizeLimitFilter.MAX_BODY_BYTES));
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw Refusal.malformed("the request body is empty; send a JSON object");
            }
            JsonValue value = value(parser, parser.next(), 1);
            if (parser.hasNext()) {
                throw Refusal.malformed("the request body holds more than one JSON value");
            }
            return value;
        } catch (JsonException | IllegalStateException | NumberFormatException | ArithmeticException e) {
            throw Refusal.malformed("the request body is not valid JSON");
        }
    }

    private static byte[] atMost(InputStream body, long maxBytes) throws IOException {
        byte[] bytes = body.readNBytes((int) maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw Refusal.tooLarge();
        }
        return bytes;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Refusal.malformed("the request body is not valid UTF-8");
        }
    }

    private static JsonValue value(JsonParser parser, JsonParser.Event event, int depth) {
        return switch (event) {
            case START_OBJECT -> object(parser, depth);
            case START_ARRAY -> array(parser, depth);
            case VALUE_STRING -> JSON.createValue(text(parser.getString()));
            case VALUE_NUMBER -> number(parser);
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw Refusal.malformed("the request body is not valid JSON");
        };
    }

    private static JsonValue object(JsonParser parser, int depth) {
        checkDepth(depth);
        JsonObjectBuilder object = JSON.createObjectBuilder();
        Set<String> keys = new HashSet<>();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String key = text(parser.getString()); // a KEY_NAME: the parser allows nothing else here
            if (!keys.add(key)) {
                throw Refusal.malformed("the key \"" + shorten(key) + "\" appears twice in one object");
            }
            object.add(key, value(parser, parser.next(), depth + 1));
        }
        return object.build();
    }

    private static JsonValue array(JsonParser parser, int depth) {
        checkDepth(depth);
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
            array.add(value(parser, event, depth + 1));
        }
        return array.build();
    }

    private static JsonValue number(JsonParser parser) {
        if (parser.getString().length() > MAX_NUMBER_CHARS) {
            throw Refusal.malformed("numbers are limited to " + MAX_NUMBER_CHARS + " characters");
        }
        return JSON.createValue(parser.getBigDecimal());
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw Refusal.malformed("the request body nests more than " + MAX_DEPTH + " levels deep");
        }
    }

    private static String text(String text) {
        if (Utf16.hasUnpairedSurrogate(text)) {
            throw Refusal.malformed("the request body holds an unpaired UTF-16 surrogate");
        }
        return text;
    }

    private static String shorten(String key) {
        return key.length() <= 40 ? key : key.substring(0, 40) + "…";
    }
}
