package com.baowen.ocr;

import com.baowen.ingest.CorpusReader;
import com.baowen.ingest.FileResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad page images in one corpus folder: each is named with its problem, and the good ones are still read. */
class BadScansIT {
    @TempDir
    static Path corpus;
    private static ScanReader scans;
    private static Map<String, FileResult> results;

    @BeforeAll
    static void readFolder() throws IOException {
        Files.write(corpus.resolve("corrupt.png"), "not an image at all, just text".getBytes(StandardCharsets.UTF_8));
        ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", corpus.resolve("dot.png").toFile());
        Files.write(corpus.resolve("huge.png"), pngHeaderOnly(30_000, 30_000));
        Files.write(corpus.resolve("cmyk.jpg"), cmykJpeg());
        writeTiff(corpus.resolve("deep.tif"), List.of(line(BufferedImage.TYPE_USHORT_GRAY, "太谷区总工会送粥8年。")));
        writeTiff(corpus.resolve("two.tiff"), List.of(line(BufferedImage.TYPE_BYTE_GRAY, "晋中市博士大讲堂开讲。"),
                new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY)));
        scans = new ScanReader(Path.of(System.getProperty("baowen.models", "models")));
        CorpusReader reader = ScanFormats.reader(scans);
        results = new TreeMap<>();
        for (Path p : reader.list(corpus)) {
            results.put(p.getFileName().toString(), reader.read(corpus, p));
        }
    }

    @AfterAll
    static void close() {
        scans.close();
    }

    @Test
    void should_finish_the_pages_being_read_before_freeing_the_models_and_read_none_after() throws Exception {
        // given a reader with its models loaded, reading page after page on another thread
        ScanReader reader = new ScanReader(Path.of(System.getProperty("baowen.models", "models")));
        GrayImage page = GrayImage.of(line(BufferedImage.TYPE_BYTE_GRAY, "晋中市博士大讲堂开讲。"));
        reader.read(page);
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
            try {
                while (true) {
                    reader.read(page);
                }
            } catch (UnreadableScanException closed) {
                // the loop's way out
            }
        });
        Thread.sleep(300);

        // when it is closed meanwhile (freeing a running session crashed the JVM: an upload read while the server stopped)
        reader.close();

        // then the reading thread stops on the closed reader, and no page is read after
        reading.get(60, TimeUnit.SECONDS);
        UnreadableScanException e = assertThrows(UnreadableScanException.class, () -> reader.read(page));
        assertEquals("the scan reader is closed (the server is stopping): the scan was not read", e.getMessage());
    }

    @Test
    void should_name_the_problem_of_each_bad_image() {
        assertEquals("not a PNG, JPEG or TIFF image (its content is text/plain)", reason("corrupt.png"));
        assertEquals("image is 1x1 pixels, under the minimum of 32x32", reason("dot.png"));
        assertEquals("image is 30000x30000 pixels, over the limit of 20000 pixels a side", reason("huge.png"));
        assertEquals("CMYK (or YCCK) image is not supported: save the scan as RGB or gray", reason("cmyk.jpg"));
    }

    @Test
    void should_read_a_16_bit_tiff() {
        FileResult.Parsed p = parsed("deep.tif");
        assertEquals("太谷区总工会送粥8年。", p.articles().getFirst().text());
    }

    @Test
    void should_read_the_good_page_of_a_multi_page_tiff_and_name_the_bad_one() {
        FileResult.Parsed p = parsed("two.tiff");
        assertEquals("晋中市博士大讲堂开讲。", p.articles().getFirst().text());
        assertTrue(p.warnings().contains("page 2 of 2: image is 1x1 pixels, under the minimum of 32x32"), p.warnings().toString());
    }

    private static FileResult.Parsed parsed(String file) {
        if (results.get(file) instanceof FileResult.Parsed p) {
            return p;
        }
        throw new AssertionError(file + " not read: " + reason(file));
    }

    private static String reason(String file) {
        return results.get(file) instanceof FileResult.Skipped s ? s.reason() : "read: " + results.get(file);
    }

    private static BufferedImage line(int type, String text) {
        BufferedImage img = new BufferedImage(420, 80, type);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 420, 80);
        g.setColor(Color.BLACK);
        try {
            g.setFont(Font.createFonts(PageRenderer.FONT.toFile())[0].deriveFont(Font.PLAIN, 32f));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        g.drawString(text, 30, 52);
        g.dispose();
        return img;
    }

    private static void writeTiff(Path file, List<BufferedImage> pages) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage p : pages) {
                writer.writeToSequence(new IIOImage(p, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /** A four-channel JPEG (what prepress CMYK scans are), written from a raster. */
    private static byte[] cmykJpeg() throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, 64, 64, 4, null);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            writer.write(null, new IIOImage(raster, null, null), param);
        } finally {
            writer.dispose();
        }
        // an Adobe APP14 segment right after SOI: transform 0, so the four channels are CMYK, as Photoshop writes them
        byte[] jpeg = bytes.toByteArray();
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(adobe);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A PNG signature and IHDR claiming this size, then a broken IDAT: only the header is ever looked at. */
    private static byte[] pngHeaderOnly(int w, int h) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[]{1, 2, 3});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        CRC32 crc = new CRC32();
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
