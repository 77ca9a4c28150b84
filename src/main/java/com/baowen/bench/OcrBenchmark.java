package com.baowen.bench;

import com.baowen.BaowenException;
import com.baowen.eval.BenchSection;
import com.baowen.ingest.CorpusReader;
import com.baowen.ocr.GrayImage;
import com.baowen.ocr.ScanReader;
import com.baowen.ocr.ScannedDocument;
import com.baowen.ocr.UnreadableScanException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code bench --ocr DIR}: reads every page scan in a folder with OCR (nothing kept, nothing indexed) and reports
 * pages per minute, characters per second, seconds per page and the process's peak resident memory.
 */
public final class OcrBenchmark {
    private OcrBenchmark() {
    }

    public static BenchSection run(Path dir, Path modelsDir, PrintStream progress) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> ScanReader.isScan(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new BaowenException("cannot list scans in " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new BaowenException("no page scans (.png, .jpg, .tif, .pdf) in " + dir.toAbsolutePath());
        }
        try (ScanReader scans = new ScanReader(modelsDir)) {
            long l0 = System.nanoTime();
            scans.read(new GrayImage(64, 64, blank(64 * 64)));
            double loadSeconds = (System.nanoTime() - l0) / 1e9;
            List<Double> perPage = new ArrayList<>();
            double cpuTotal = 0;
            long chars = 0;
            int pages = 0;
            int failed = 0;
            double total = 0;
            for (Path f : files) {
                List<String> warnings = new ArrayList<>();
                try {
                    byte[] bytes = Files.readAllBytes(f);
                    long t0 = System.nanoTime();
                    long c0 = cpuNanos();
                    ScannedDocument doc = scans.read(f.getFileName().toString(), bytes, CorpusReader.sha256(f), warnings);
                    double s = (System.nanoTime() - t0) / 1e9;
                    double cpu = (cpuNanos() - c0) / 1e9;
                    cpuTotal += cpu;
                    int n = doc.pages().size();
                    long c = doc.text().codePoints().filter(cp -> !Character.isWhitespace(cp)).count();
                    progress.printf("%s: %d page(s), %d characters, %.1f s, %.1f CPU s%n", f.getFileName(), n, c, s, cpu);
                    for (int i = 0; i < n; i++) {
                        perPage.add(s / n);
                    }
                    pages += n;
                    chars += c;
                    total += s;
                } catch (IOException | UnreadableScanException e) {
                    progress.printf("%s: not read: %s%n", f.getFileName(), e.getMessage());
                    failed++;
                }
            }
            double[] sorted = perPage.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("cores", Runtime.getRuntime().availableProcessors());
            out.put("files", files.size());
            out.put("files not read", failed);
            out.put("pages", pages);
            out.put("characters", chars);
            out.put("model load s", round(loadSeconds));
            out.put("seconds", round(total));
            out.put("pages/min", round(pages / total * 60));
            out.put("chars/s", round(chars / total));
            out.put("median s/page", sorted.length == 0 ? 0 : round(sorted[sorted.length / 2]));
            out.put("max s/page", sorted.length == 0 ? 0 : round(sorted[sorted.length - 1]));
            // on a busy machine wall time says little; CPU time over the cores is what a quiet machine would take
            out.put("CPU s", round(cpuTotal));
            out.put("CPU s/page", pages == 0 ? 0 : round(cpuTotal / pages));
            out.put("chars/CPU s", round(chars / cpuTotal));
            out.put("peak RSS MB", peakRssMb());
            return new BenchSection("ocr (" + dir + ")", out);
        }
    }

    private static byte[] blank(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 255);
        return b;
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    /** VmHWM of /proc/self/status (Linux), in MB; -1 where there is none. */
    static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Math.round(Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0 * 10) / 10.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
