package com.baowen.indexing;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Path;

/** Counts the articles of an index's last commit from outside the process that writes it. */
final class CommittedArticles {
    private CommittedArticles() {
    }

    /** Articles in the last commit; 0 while there is no index yet. */
    static int count(Path index) {
        try (FSDirectory dir = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(dir)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return new IndexSearcher(reader).count(new TermQuery(new Term("type", "article")));
            }
        } catch (IOException e) {
            return 0; // a commit in progress; ask again
        }
    }
}
