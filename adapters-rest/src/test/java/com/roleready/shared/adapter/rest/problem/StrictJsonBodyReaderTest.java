package com.roleready.shared.adapter.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonBodyReaderTest {

    @Test
    void aPlainObjectIsReadAsItIs() throws IOException {
        String body = "{\"a\":[1,2.5,\"x\\ud83d\\ude00\",true,null,{\"b\":{}}]}";

        assertThat(parse(body)).isEqualTo(Json.createReader(new StringReader(body)).readValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "{\"a\":1} xyz", "{\"a\":1}{}", "{\"a\":1}]]]", "{\"a\":1,\"a\":2}",
        "{\"s\":\"\\udc00\"}", "{\"s\":\"\\ud800x\"}", "{\"\\udc00\":1}", "[01]", "{'a':1}"})
    void anythingButOneStrictJsonValueIsAMalformedBodyNamingTheBody(String body) {
        assertRefused(() -> parse(body), 400, "malformed-request");
    }

    @Test
    void nestingIsLimited() throws IOException {
        String deepest = "[".repeat(StrictJsonBodyReader.MAX_DEPTH) + "]".repeat(StrictJsonBodyReader.MAX_DEPTH);
        assertThat(parse(deepest)).isNotNull();
        assertRefused(() -> parse("[" + deepest + "]"), 400, "malformed-request");
        assertRefused(() -> parse("[".repeat(5000) + "]".repeat(5000)), 400, "malformed-request");
    }

    @Test
    void numbersAreLimitedInLength() throws IOException {
        assertThat(parse("{\"n\":" + "9".repeat(StrictJsonBodyReader.MAX_NUMBER_CHARS) + "}")).isNotNull();
        assertRefused(() -> parse("{\"n\":" + "9".repeat(5000) + "}"), 400, "malformed-request");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] body = {'{', '"', 's', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};

        assertRefused(() -> StrictJsonBodyReader.parse(new ByteArrayInputStream(body)), 400, "malformed-request");
    }

    @Test
    void aBodyOverOneMebibyteIsTooLargeHoweverItArrives() {
        String big = "{\"s\":\"" + "x".repeat((int) RequestSizeLimitFilter.MAX_BODY_BYTES) + "\"}";

        assertRefused(() -> parse(big), 413, "payload-too-large");
    }

    private static JsonValue parse(String body) throws IOException {
        return StrictJsonBodyReader.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private interface Parse {
        Object run() throws IOException;
    }

    private static void assertRefused(Parse parse, int status, String type) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(StrictJsonBodyReader.Refusal.class, refused -> {
            assertThat(refused.type.status()).isEqualTo(status);
            assertThat(refused.type.slug()).isEqualTo(type);
        });
    }
}
