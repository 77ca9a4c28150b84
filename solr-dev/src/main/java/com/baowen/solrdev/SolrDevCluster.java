package com.baowen.solrdev;

import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A dev SolrCloud: an embedded ZooKeeper and N Solr nodes (Jetty) in this JVM, for people and for
 * Baowen's integration tests. The contract other tools rely on:
 * <ol>
 *   <li>{@code java -jar solr-dev-cluster.jar --nodes N [--dir DIR]} starts the cluster;</li>
 *   <li>once every node is live it prints one line {@code zkHost=127.0.0.1:PORT/solr} on stdout
 *       (logs go to stderr, so stdout carries only these lines);</li>
 *   <li>it reads lines on stdin: {@code stop I} stops node I (0-based), {@code start I} starts it
 *       again on the same port, and each answers {@code ok stop I} / {@code ok start I}, or
 *       {@code error …} naming what was wrong with the line;</li>
 *   <li>it shuts down cleanly at the end of stdin or on SIGTERM, and deletes its folder unless
 *       {@code --dir} named one.</li>
 * </ol>
 * Not thread-safe: one thread reads the commands.
 */
public final class SolrDevCluster {
    private final MiniSolrCloudCluster cluster;
    /** Node I of the commands, running or stopped; the cluster's own list drops stopped nodes. */
    private final List<JettySolrRunner> nodes;
    private final boolean[] running;
    private final Path dir;
    private final boolean deleteDir;
    private boolean closed;

    private SolrDevCluster(MiniSolrCloudCluster cluster, Path dir, boolean deleteDir) {
        this.cluster = cluster;
        this.nodes = new ArrayList<>(cluster.getJettySolrRunners());
        this.running = new boolean[nodes.size()];
        java.util.Arrays.fill(running, true);
        this.dir = dir;
        this.deleteDir = deleteDir;
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        // whatever Solr or a library prints goes to stderr; stdout is the protocol
        System.setOut(System.err);
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("usage: java -jar solr-dev-cluster.jar --nodes N [--dir DIR]");
            System.exit(2);
            return;
        }
        Path dir = o.dir() != null ? o.dir() : Files.createTempDirectory("solr-dev-");
        SolrDevCluster dev = start(o.nodes(), dir, o.dir() == null);
        Runtime.getRuntime().addShutdownHook(new Thread(dev::close, "solr-dev-shutdown"));
        out.println("zkHost=" + dev.zkHost());
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    out.println(dev.command(line.strip()));
                }
            }
        }
        dev.close();
        System.exit(0);
    }

    /** Starts {@code nodes} nodes with their data under {@code dir}; returns once all are live. */
    static SolrDevCluster start(int nodes, Path dir, boolean deleteDir) throws Exception {
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, dir)
                .withJettyConfig(j -> j.setContext("/solr"))
                .build();
        return new SolrDevCluster(cluster, dir, deleteDir);
    }

    String zkHost() {
        return cluster.getZkServer().getZkAddress();
    }

    /** Runs one command line and returns the answer line. */
    synchronized String command(String line) {
        String[] p = line.split("\\s+");
        if (p.length != 2 || !(p[0].equals("stop") || p[0].equals("start"))) {
            return "error unknown command '" + line + "' (expected 'stop I' or 'start I')";
        }
        int i;
        try {
            i = Integer.parseInt(p[1]);
        } catch (NumberFormatException e) {
            return "error node must be a number, got '" + p[1] + "'";
        }
        if (i < 0 || i >= nodes.size()) {
            return "error node must be between 0 and " + (nodes.size() - 1) + ", got " + i;
        }
        try {
            JettySolrRunner node = nodes.get(i);
            if (p[0].equals("stop")) {
                if (running[i]) {
                    stop(i, node);
                    running[i] = false;
                }
            } else if (!running[i]) {
                // the same port, so the node keeps its name and its replicas rejoin and catch up
                cluster.startJettySolrRunner(node, true);
                cluster.waitForNode(node, 60);
                running[i] = true;
            }
            return "ok " + p[0] + " " + i;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return "error " + p[0] + " " + i + ": " + e;
        }
    }

    /**
     * Stops one node and waits until it has left the live nodes. Solr's own shutdown waits twice 60 s for each of
     * its thread pools and then throws, although Jetty closed the node's port before that; on a loaded machine one
     * pool can outlive the wait (the project's CI saw it once). The node is down all the same once it has left the
     * live nodes, so that is what decides, and the exception only goes to the log.
     */
    private void stop(int i, JettySolrRunner node) throws Exception {
        try {
            cluster.stopJettySolrRunner(node);
        } catch (RuntimeException e) {
            System.err.println("node " + i + ": Solr's shutdown reported " + e + "; waiting for the node to leave the live nodes");
        }
        cluster.waitForJettyToStop(node);
    }

    /** Stops every node and ZooKeeper; idempotent (the shutdown hook may call it again). */
    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            cluster.shutdown();
        } catch (Exception e) {
            System.err.println("error while shutting down the cluster: " + e);
        }
        if (deleteDir) {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Command-line options: {@code --nodes N} (1..9, default 1) and {@code --dir DIR}. */
    record Options(int nodes, Path dir) {
        static Options parse(String[] args) {
            int nodes = 1;
            Path dir = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if ((a.equals("--nodes") || a.equals("--dir")) && i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                switch (a) {
                    case "--nodes" -> {
                        String v = args[++i];
                        try {
                            nodes = Integer.parseInt(v);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--nodes must be a number, got '" + v + "'");
                        }
                        if (nodes < 1 || nodes > 9) {
                            throw new IllegalArgumentException("--nodes must be between 1 and 9, got " + nodes);
                        }
                    }
                    case "--dir" -> dir = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option '" + a + "'");
                }
            }
            return new Options(nodes, dir);
        }
    }
}
