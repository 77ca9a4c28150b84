package com.baowen.ocr;

/**
 * What a scan may be, so one file cannot exhaust memory: every page is checked from its header before its
 * pixels are decoded, and pages are read one at a time. A 40-megapixel page (a broadsheet at 300 dpi is about
 * 35) takes at most 160 MB while it is read (decoded RGB plus gray), and the detector's input at most 80 MB.
 *
 * @param maxPixels per page, width * height
 * @param maxSide   the longest side of a page, in pixels
 * @param minSide   the shortest side of a page, in pixels: smaller holds no readable line
 * @param maxPages  pages read from one file; later pages are reported and left out
 */
public record ScanLimits(long maxPixels, int maxSide, int minSide, int maxPages) {
    public static final ScanLimits DEFAULT = new ScanLimits(40_000_000L, 20_000, 32, 500);

    /** The reason a page of this size is refused, or null when it may be read. */
    String refuse(int width, int height) {
        if (width < minSide || height < minSide) {
            return "image is " + width + "x" + height + " pixels, under the minimum of " + minSide + "x" + minSide;
        }
        if (width > maxSide || height > maxSide) {
            return "image is " + width + "x" + height + " pixels, over the limit of " + maxSide + " pixels a side";
        }
        if ((long) width * height > maxPixels) {
            return "image is " + width + "x" + height + " pixels (" + ((long) width * height / 1_000_000)
                    + " megapixels), over the limit of " + (maxPixels / 1_000_000) + " megapixels";
        }
        return null;
    }
}
