package com.roleready.notification.adapter.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResponseSnippetTest {

    @Test
    void aShortBodyIsReadWhole() throws IOException {
        ResponseSnippet snippet = ResponseSnippet.read(stream("{\"ok\":true}".getBytes(StandardCharsets.UTF_8)));

        assertThat(snippet.text()).isEqualTo("{\"ok\":true}");
        assertThat(snippet.truncated()).isFalse();
    }

    @Test
    void aBodyOfExactlyTheLimitIsNotTruncated() throws IOException {
        ResponseSnippet snippet = ResponseSnippet.read(stream("a".repeat(4096).getBytes(StandardCharsets.US_ASCII)));

        assertThat(snippet.text()).hasSize(4096);
        assertThat(snippet.truncated()).isFalse();
    }

    @Test
    void aLongerBodyIsCutAtTheLimitWithoutReadingTheRest() throws IOException {
        CountingStream body = new CountingStream(new byte[1024 * 1024]);

        ResponseSnippet snippet = ResponseSnippet.read(body);

        assertThat(snippet.truncated()).isTrue();
        assertThat(snippet.text().getBytes(StandardCharsets.UTF_8)).hasSize(4096);
        assertThat(body.bytesRead).isLessThanOrEqualTo(4096 + 1);
    }

    @Test
    void aMultiByteCharacterCutByTheLimitIsDropped() throws IOException {
        // 4095 ASCII bytes, then "é" (2 bytes) straddling the limit.
        byte[] body = ("b".repeat(4095) + "é and more").getBytes(StandardCharsets.UTF_8);

        ResponseSnippet snippet = ResponseSnippet.read(stream(body));

        assertThat(snippet.text()).isEqualTo("b".repeat(4095));
    }

    @Test
    void aWholeMultiByteCharacterAtTheLimitIsKept() throws IOException {
        byte[] body = ("c".repeat(4093) + "✓" + "tail").getBytes(StandardCharsets.UTF_8); // ✓ is 3 bytes

        ResponseSnippet snippet = ResponseSnippet.read(stream(body));

        assertThat(snippet.text()).isEqualTo("c".repeat(4093) + "✓");
    }

    @Test
    void bytesThatAreNotUtf8BecomeQuestionMarksAndNeverGrowTheSnippet() {
        byte[] latin1 = "café".getBytes(StandardCharsets.ISO_8859_1);

        String text = ResponseSnippet.decode(latin1);

        assertThat(text).isEqualTo("caf?");
        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(latin1.length);
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static final class CountingStream extends ByteArrayInputStream {
        int bytesRead;

        CountingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read() {
            int b = super.read();
            bytesRead += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            bytesRead += Math.max(n, 0);
            return n;
        }
    }
}
