package com.baowen.answer;

/**
 * A named thing found in a text by {@link Entities}; offsets into that text; immutable.
 *
 * @param kind  what it is
 * @param start offset of the first character
 * @param end   offset just past the last character
 * @param text  the entity as written
 */
public record Entity(Kind kind, int start, int end, String text) {
    /** The kinds of entity a question may ask for. */
    public enum Kind {
        PERSON, PLACE, ORGANISATION, NUMBER, DATE
    }
}
