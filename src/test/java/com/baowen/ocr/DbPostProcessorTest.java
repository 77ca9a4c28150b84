package com.baowen.ocr;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DbPostProcessorTest {
    /** A probability map with a rectangle of text, 120 x 20 pixels, turned by {@code degrees} about (100, 50). */
    private static float[] map(int w, int h, double degrees) {
        float[] prob = new float[w * h];
        double a = Math.toRadians(degrees);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = x + 0.5 - 100;
                double dy = y + 0.5 - 50;
                double u = dx * Math.cos(a) + dy * Math.sin(a);
                double v = -dx * Math.sin(a) + dy * Math.cos(a);
                if (Math.abs(u) <= 60 && Math.abs(v) <= 10) {
                    prob[y * w + x] = 0.9f;
                }
            }
        }
        return prob;
    }

    @Test
    void should_fit_a_tilted_text_region_with_a_rotated_box_grown_by_the_unclip_distance() {
        // when
        List<DbPostProcessor.Box> boxes = new DbPostProcessor().boxes(map(200, 100, 5), 200, 100);

        // then one box, turned 5 degrees, grown on each side by area * 1.5 / perimeter = 2400 * 1.5 / 280 = 12.9
        assertEquals(1, boxes.size());
        Quad q = boxes.getFirst().quad();
        assertEquals(5, Math.toDegrees(q.angle()), 0.5);
        assertEquals(120 + 2 * 12.86, q.width(), 3);
        assertEquals(20 + 2 * 12.86, q.height(), 3);
        assertEquals(100, q.cx(), 1);
        assertEquals(50, q.cy(), 1);
        // the rectangle takes in the jagged edge of the region, so the mean is a little under 0.9
        assertEquals(0.87f, boxes.getFirst().score(), 0.03f);
    }

    @Test
    void should_drop_specks_and_faint_regions() {
        // given a 2x2 speck and a faint region under the box threshold
        float[] prob = new float[100 * 50];
        prob[10 * 100 + 10] = prob[10 * 100 + 11] = prob[11 * 100 + 10] = prob[11 * 100 + 11] = 0.9f;
        for (int y = 20; y < 40; y++) {
            for (int x = 30; x < 90; x++) {
                prob[y * 100 + x] = 0.4f;
            }
        }

        // then
        assertEquals(List.of(), new DbPostProcessor().boxes(prob, 100, 50));
    }
}
