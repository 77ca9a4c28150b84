package com.baowen.answer;

/** One earlier message of a conversation: role {@code user} or {@code assistant}. */
public record Turn(String role, String content) {
}
