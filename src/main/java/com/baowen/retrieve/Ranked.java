package com.baowen.retrieve;

/** One entry of a ranked list to fuse: a key (chunk or article id) and that list's score. */
public record Ranked(String key, double score) {
}
