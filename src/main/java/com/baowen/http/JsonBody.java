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
            throw tooLarge(contentLength);
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw HttpError.badRequest("cannot read the request body: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(-1);
        }
        return parse(bytes);
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
