package com.baowen.index.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test fixture: the dev SolrCloud ({@code solr-dev/target/solr-dev-cluster.jar}) in a child JVM on its
 * own classpath, driven through its stdin/stdout contract. Not thread-safe.
 */
final class DevCluster implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final Writer in;
    private final String zkHost;

    private DevCluster(Process process) throws IOException {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        String line = out.readLine();
        if (line == null || !line.startsWith("zkHost=")) {
            process.destroyForcibly();
            throw new IllegalStateException("the dev cluster did not start: first line " + line + "; log in " + log());
        }
        this.zkHost = line.substring("zkHost=".length());
    }

    /** Starts {@code nodes} Solr nodes; returns when they are all live. */
    static DevCluster launch(int nodes) {
        Path jar = Path.of(System.getProperty("baowen.solrdev.jar", "solr-dev/target/solr-dev-cluster.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -B -DskipTests package");
        }
        String java = System.getProperty("baowen.solrdev.java", "java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "-jar", jar.toString(), "--nodes", Integer.toString(nodes)));
        try {
            Process p = new ProcessBuilder(cmd).redirectError(log().toFile()).start();
            return new DevCluster(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path log() {
        return Path.of(System.getProperty("java.io.tmpdir"), "baowen-solr-dev-it.log");
    }

    String zkHost() {
        return zkHost;
    }

    void stop(int node) {
        command("stop " + node);
    }

    void start(int node) {
        command("start " + node);
    }

    private void command(String line) {
        try {
            in.write(line + "\n");
            in.flush();
            String answer = out.readLine();
            if (!("ok " + line).equals(answer)) {
                throw new IllegalStateException("dev cluster answered '" + answer + "' to '" + line + "'");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends stdin, which shuts the cluster down cleanly; forcibly after 60 s. */
    @Override
    public void close() {
        try {
            in.close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
