package com.baowen.documents;

import java.nio.file.Path;

/**
 * One uploaded file waiting in the corpus folder under a hidden temporary name; immutable.
 *
 * @param name  the name the client gave
 * @param temp  where its bytes wait (a hidden file of the corpus folder, moved into place once checked)
 * @param bytes its size
 */
public record Upload(String name, Path temp, long bytes) {
}
