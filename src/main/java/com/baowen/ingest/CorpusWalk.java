package com.baowen.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The files of a corpus folder, walked lazily in path order (one folder's listing in memory at a time,
 * never the whole tree), following symbolic links. A folder that cannot be read, or a link back to a folder
 * being walked (a loop), is reported and skipped; the walk goes on. Not thread-safe.
 */
final class CorpusWalk implements Iterator<Path> {
    private final Predicate<Path> wanted;
    private final Consumer<String> problems;
    /** Entries still to visit of each open folder, innermost last. */
    private final Deque<Iterator<Path>> open = new ArrayDeque<>();
    /** The real paths of the open folders, to notice a link back to one of them. */
    private final Deque<Path> openReal = new ArrayDeque<>();
    private final Set<Path> onPath = new HashSet<>();
    private Path next;

    /**
     * @param root     the corpus folder
     * @param wanted   which files to return
     * @param problems receives one message per skipped folder
     */
    CorpusWalk(Path root, Predicate<Path> wanted, Consumer<String> problems) {
        this.wanted = wanted;
        this.problems = problems;
        enter(root);
    }

    @Override
    public boolean hasNext() {
        while (next == null && !open.isEmpty()) {
            Iterator<Path> top = open.peekLast();
            if (!top.hasNext()) {
                open.removeLast();
                onPath.remove(openReal.removeLast());
                continue;
            }
            Path p = top.next();
            if (Files.isDirectory(p)) {
                enter(p);
            } else if (Files.isRegularFile(p) && wanted.test(p)) {
                next = p;
            }
        }
        return next != null;
    }

    @Override
    public Path next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Path p = next;
        next = null;
        return p;
    }

    private void enter(Path dir) {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException | SecurityException e) {
            problems.accept("skipped folder " + dir + ": cannot resolve it: " + e);
            return;
        }
        if (onPath.contains(real)) {
            problems.accept("skipped folder " + dir + ": a symbolic link loop (it leads back to " + real + ")");
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(entries::add);
        } catch (IOException | SecurityException | java.io.UncheckedIOException e) {
            problems.accept("skipped folder " + dir + ": cannot read it: " + e);
            return;
        }
        entries.sort(null);
        open.addLast(entries.iterator());
        openReal.addLast(real);
        onPath.add(real);
    }
}
