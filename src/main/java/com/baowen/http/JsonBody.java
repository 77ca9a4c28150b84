package com.baowen.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads a request body as one JSON object: bounded in size, strict UTF-8, named errors. */
final class JsonBody {
    /** Largest body accepted, in bytes (64 KiB). */
    static final int MAX_BYTES = 64 * 1024;
    /**
     * Most bytes of a refused body read and thrown away before the 413 goes out. Closing a connection
     * whose request is still arriving resets it, and the client may then never see the 413 (ApiIT saw
     * "header parser received no bytes" once in many runs); a body this much too large is read to its
     * end first, a bigger one is cut at once.
     */
    static final int DRAIN_BYTES = 1024 * 1024;

    private JsonBody() {
    }

    /**
     * @param contentLength the declared length, or -1 when unknown (chunked)
     * @param in            the body
     * @return the body's JSON object
     * @throws HttpError 413 when over {@link #MAX_BYTES}, 400 when empty, not UTF-8, not JSON or not an object
     */
    static ObjectNode read(long contentLength, InputStream in) {
        if (contentLength > MAX_BYTES) {
            if (contentLength <= DRAIN_BYTES) {
                drain(in);
            }
            throw tooLarge(contentLength);
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw HttpError.badRequest("cannot read the request body: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            drain(in);
            throw tooLarge(-1);
        }
        return parse(bytes);
    }

    /** Reads and drops at most {@link #DRAIN_BYTES} more of a refused body; a failure only means less was read. */
    private static void drain(InputStream in) {
        try {
            long left = DRAIN_BYTES;
            byte[] buffer = new byte[8192];
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException e) {
            // the body is refused either way
        }
    }

    static ObjectNode parse(byte[] bytes) {
        String text = decodeUtf8(bytes);
        if (text.isBlank()) {
            throw HttpError.badRequest("the request body is empty; send a JSON object such as {\"question\":\"…\"}");
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw HttpError.badRequest("the request body is not valid JSON: " + e.getOriginalMessage() + where);
        }
        if (!(node instanceof ObjectNode object)) {
            throw HttpError.badRequest("the request body must be a JSON object, got " + node.getNodeType().name().toLowerCase());
        }
        return object;
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw HttpError.badRequest("the request body is not valid UTF-8: " + e.getMessage());
        }
    }

    private static HttpError tooLarge(long length) {
        String got = length >= 0 ? ", got " + length + " bytes" : "";
        return new HttpError(413, "payload_too_large", "the request body must be at most " + MAX_BYTES + " bytes" + got);
    }
}
