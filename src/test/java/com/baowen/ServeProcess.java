package com.baowen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test fixture: {@code java -jar target/baowen.jar serve …} in a child JVM, for the ITs that test the command
 * itself. Its output is kept (for failure messages), the address it listens on is read off its "listens on"
 * line, and {@link #close} stops it.
 */
public final class ServeProcess implements AutoCloseable {
    private static final Pattern LISTENS = Pattern.compile("listens on (http://[0-9.]+:(\\d+))/");

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final CompletableFuture<Matcher> listens = new CompletableFuture<>();

    private ServeProcess(Process process) {
        this.process = process;
        Thread.ofVirtual().start(this::read);
    }

    /** Starts {@code serve} with {@code args} (the jar: system property {@code baowen.jar}, else {@code target/baowen.jar}). */
    public static ServeProcess start(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
                Path.of(System.getProperty("baowen.jar", "target/baowen.jar")).toAbsolutePath().toString(), "serve"));
        command.addAll(args);
        return new ServeProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** "http://127.0.0.1:PORT", once the server listens; fails with its output if it ends or takes longer than {@code wait}. */
    public String url(Duration wait) throws InterruptedException {
        return listening(wait).group(1);
    }

    /** The port it listens on, as {@link #url}. */
    public int port(Duration wait) throws InterruptedException {
        return Integer.parseInt(listening(wait).group(2));
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** What it has printed so far, one line a line. */
    public String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private Matcher listening(Duration wait) throws InterruptedException {
        try {
            return listens.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("serve did not listen within " + wait + ": " + output());
        }
    }

    private void read() {
        try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (output) {
                    output.add(line);
                }
                Matcher m = LISTENS.matcher(line);
                if (m.find()) {
                    listens.complete(m);
                }
            }
            listens.completeExceptionally(new AssertionError("serve ended before it listened: " + output()));
        } catch (IOException e) {
            listens.completeExceptionally(e);
        }
    }
}
