package com.roleready.notification.adapter.delivery;

import com.roleready.notification.domain.AttemptResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The first bytes of a response body, read without buffering the rest. {@code truncated} says
 * more followed, so the caller must drop the connection instead of draining it.
 */
record ResponseSnippet(String text, boolean truncated) {

    static final int LIMIT = AttemptResult.MAX_SNIPPET_BYTES;

    static ResponseSnippet read(InputStream body) throws IOException {
        byte[] head = body.readNBytes(LIMIT);
        boolean truncated = head.length == LIMIT && body.read() != -1;
        return new ResponseSnippet(decode(truncated ? withoutCutCharacter(head) : head), truncated);
    }

    /**
     * Decodes as UTF-8 (what JSON receivers send). Bad bytes become '?', one char per bad
     * sequence, so the text never encodes to more bytes than were read.
     */
    static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("?");
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("REPLACE never throws", e);
        }
    }

    /** Drops a multi-byte character that the size limit cut in half. */
    static byte[] withoutCutCharacter(byte[] bytes) {
        int start = bytes.length - 1;
        while (start > 0 && start > bytes.length - 4 && (bytes[start] & 0xC0) == 0x80) {
            start--; // continuation bytes
        }
        int lead = bytes[start] & 0xFF;
        int expected = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        boolean cut = expected > bytes.length - start;
        return cut ? Arrays.copyOf(bytes, start) : bytes;
    }
}
