package com.baowen.ocr;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Decodes the pages of a PNG, JPEG or TIFF (multi-page: the JDK's own TIFF plugin, Java 9+) one at a time, each
 * checked against {@link ScanLimits} from its header before its pixels are decoded.
 */
final class ImagePages {
    static final String CMYK = "CMYK (or YCCK) image is not supported: save the scan as RGB or gray";
    private ImagePages() {
    }

    /**
     * Hands each page to {@code page} as it is decoded.
     *
     * @param warnings receives pages left out (over a limit, unreadable) of a file whose other pages are read
     * @throws UnreadableScanException when the file is no readable image, or its only page is refused
     */
    static void read(byte[] bytes, ScanLimits limits, List<String> warnings, Consumer<GrayImage> page) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnreadableScanException("not a PNG, JPEG or TIFF image (unknown or corrupt header)");
            }
            ImageReader reader = readers.next();
            String format = reader.getFormatName().toUpperCase(Locale.ROOT);
            try {
                reader.setInput(in, false, true);
                int pages = reader.getNumImages(true);
                if (pages < 1) {
                    throw new UnreadableScanException(format + " image has no page");
                }
                int read = 0;
                for (int i = 0; i < pages; i++) {
                    String where = pages > 1 ? "page " + (i + 1) + " of " + pages + ": " : "";
                    if (i >= limits.maxPages()) {
                        warnings.add(where + "left out, over the limit of " + limits.maxPages() + " pages a file");
                        break;
                    }
                    String refused = limits.refuse(reader.getWidth(i), reader.getHeight(i));
                    if (refused != null) {
                        if (pages == 1) {
                            throw new UnreadableScanException(refused);
                        }
                        warnings.add(where + refused);
                        continue;
                    }
                    if (isCmyk(reader, i)) {
                        if (pages == 1) {
                            throw new UnreadableScanException(CMYK);
                        }
                        warnings.add(where + CMYK);
                        continue;
                    }
                    BufferedImage image;
                    try {
                        image = reader.read(i);
                    } catch (IOException | RuntimeException e) {
                        String why = describe(format, e);
                        if (pages == 1) {
                            throw new UnreadableScanException(why, e);
                        }
                        warnings.add(where + why);
                        continue;
                    }
                    if (image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_CMYK) {
                        if (pages == 1) {
                            throw new UnreadableScanException(CMYK);
                        }
                        warnings.add(where + CMYK);
                        continue;
                    }
                    page.accept(GrayImage.of(image));
                    read++;
                }
                if (read == 0) {
                    throw new UnreadableScanException("no page of the " + format + " image could be read: " + String.join("; ", warnings));
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UnreadableScanException("not a readable image: " + e.getMessage(), e);
        }
    }

    /**
     * CMYK (and YCCK) images decode, but whether their ink values are inverted depends on the program that wrote
     * them, so the gray page could be a negative: they are refused rather than misread.
     */
    private static boolean isCmyk(ImageReader reader, int page) throws IOException {
        ImageTypeSpecifier raw = reader.getRawImageType(page);
        return raw != null && raw.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_CMYK;
    }

    private static String describe(String format, Exception e) {
        String m = String.valueOf(e.getMessage());
        if (format.contains("JPEG") && e instanceof IIOException && m.contains("Unsupported Image Type")) {
            return CMYK;
        }
        return "corrupt or unsupported " + format + " image: " + m;
    }
}
