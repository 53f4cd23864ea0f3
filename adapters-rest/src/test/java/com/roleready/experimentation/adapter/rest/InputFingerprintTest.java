package com.roleready.experimentation.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.shared.domain.DomainValidationException;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The input fingerprint: RFC 8785 canonical JSON, then SHA-256 in lower-case hex. */
class InputFingerprintTest {

    private static JsonValue json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    @Test
    void givenTheRfc8785MainExample_thenTheCanonicalFormIsTheRfcs() {
        // RFC 8785, section 3.2.2 (input) and 3.2.3 (output).
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }""";

        assertThat(InputFingerprint.canonical(json(input))).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void givenTheRfc8785SortingExample_thenKeysAreOrderedByUtf16CodeUnits() {
        // RFC 8785, section 3.2.3: "\r" < "1" < U+0080 < "ö" < "€" < the emoji (a surrogate pair) < U+FB33.
        String input = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With "
                + "Dagesh\",\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\","
                + "\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";

        assertThat(InputFingerprint.canonical(json(input))).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\","
                + "\"\u0080\":\"Control\",\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\","
                + "\"\uD83D\uDE00\":\"Emoji: Grinning Face\",\"\uFB33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // RFC 8785 appendix B: ECMAScript number serialisation.
            "0                     | 0",
            "-0                    | 0",
            "1e21                  | 1e+21",
            "1e20                  | 100000000000000000000",
            "1E-7                  | 1e-7",
            "0.000001              | 0.000001",
            "5e-324                | 5e-324",
            "1.7976931348623157e308| 1.7976931348623157e+308",
            "9007199254740992      | 9007199254740992",
            "295147905179352830000 | 295147905179352830000",
            "4.50                  | 4.5",
    })
    void givenANumber_thenItIsWrittenAsEcmaScriptWould(String number, String canonical) {
        assertThat(InputFingerprint.canonical(json("[" + number + "]"))).isEqualTo("[" + canonical + "]");
    }

    @Test
    void givenAnyJsonValueAtTheTop_thenItIsCanonicalisedAsIs() {
        assertThat(InputFingerprint.canonical(json("\"resume text\""))).isEqualTo("\"resume text\"");
        assertThat(InputFingerprint.canonical(json("42.0"))).isEqualTo("42");
        assertThat(InputFingerprint.canonical(json("true"))).isEqualTo("true");
        assertThat(InputFingerprint.canonical(json(" [ 1 , {\"b\":2, \"a\":1} ] "))).isEqualTo("[1,{\"a\":1,\"b\":2}]");
    }

    @Test
    void givenTheSameInputSpelledDifferently_thenTheFingerprintIsTheSame() {
        String compact = InputFingerprint.of(json("{\"a\":1,\"b\":[true,null,\"x\"]}"));
        String spread = InputFingerprint.of(json("{ \"b\" : [ true, null, \"\\u0078\" ],\n \"a\" : 1.0 }"));

        assertThat(spread).isEqualTo(compact)
                .isEqualTo("eca8cfb31ab74533e1eb2f4c74d2d55dfe3c79ac704787e54be8647ea7777eb1");
    }

    @Test
    void givenAScalarInput_thenTheFingerprintIsTheSha256OfItsCanonicalText() {
        assertThat(InputFingerprint.of(json("\"resume text\"")))
                .isEqualTo("1336d2232539947073365da61a8a244f1900c370d2f892f4f2e989f46f689534");
        assertThat(InputFingerprint.of(json("42")))
                .isEqualTo("73475cb40a568e8da8a045ced110137e159f890ac4da883b6b17dc651b3a8049");
    }

    @Test
    void givenNoInput_thenThereIsNoFingerprint() {
        assertThat(InputFingerprint.of(null)).isNull();
        assertThat(InputFingerprint.of(JsonValue.NULL)).isNull();
    }

    @Test
    void givenANumberBeyondTheDoubleRange_thenTheInputIsRejectedWithoutQuotingIt() {
        assertThatThrownBy(() -> InputFingerprint.of(json("{\"secret-resume\":1e400}")))
                .isInstanceOf(DomainValidationException.class)
                .satisfies(e -> assertThat(((DomainValidationException) e).field()).isEqualTo("input"))
                .hasMessageNotContaining("secret-resume");
    }

    @Test
    void givenALoneSurrogate_thenTheInputIsRejected() {
        assertThatThrownBy(() -> InputFingerprint.of(json("[\"\\ud800 alone\"]")))
                .isInstanceOf(DomainValidationException.class)
                .satisfies(e -> assertThat(((DomainValidationException) e).field()).isEqualTo("input"));
    }
}
