package com.baowen.eval;

import com.baowen.BaowenException;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Training rows of one set kept on disk, so that a second {@code train} run (other learner settings)
 * skips the asking; the file name carries a key of the set and the feature names, so a changed set
 * or feature list is asked afresh. Not thread-safe.
 */
final class RowCache {
    private RowCache() {
    }

    static Path file(Path work, String set, String key) {
        return work.resolve(set + "-rows-" + Integer.toHexString(key.hashCode()) + ".bin");
    }

    static Optional<List<TrainingRows.Ask>> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int asks = in.readInt();
            List<TrainingRows.Ask> out = new ArrayList<>(asks);
            for (int a = 0; a < asks; a++) {
                String set = in.readUTF();
                String paragraph = in.readUTF();
                String question = in.readUTF();
                boolean heldOut = in.readBoolean();
                TrainingRows.Kind kind = TrainingRows.Kind.values()[in.readByte()];
                int n = in.readInt();
                int cols = in.readInt();
                List<float[]> rows = new ArrayList<>(n);
                int[] labels = new int[n];
                for (int i = 0; i < n; i++) {
                    float[] v = new float[cols];
                    for (int c = 0; c < cols; c++) {
                        v[c] = in.readFloat();
                    }
                    rows.add(v);
                    labels[i] = in.readByte();
                }
                int goldRank = in.readInt();
                int ranges = in.readInt();
                int[][] goldRanges = ranges < 0 ? null : new int[ranges][];
                for (int r = 0; r < ranges; r++) {
                    goldRanges[r] = new int[]{in.readInt(), in.readInt()};
                }
                out.add(new TrainingRows.Ask(set, paragraph, question, heldOut, kind, rows, labels, goldRank, goldRanges));
            }
            return Optional.of(out);
        } catch (IOException e) {
            throw new BaowenException("cannot read training rows " + file + ": " + e.getMessage() + " (delete it to ask afresh)", e);
        }
    }

    static void write(Path file, List<TrainingRows.Ask> asks) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(asks.size());
                for (TrainingRows.Ask a : asks) {
                    out.writeUTF(a.set());
                    out.writeUTF(a.paragraph());
                    out.writeUTF(a.question());
                    out.writeBoolean(a.heldOut());
                    out.writeByte(a.kind().ordinal());
                    out.writeInt(a.rows().size());
                    out.writeInt(a.rows().isEmpty() ? 0 : a.rows().get(0).length);
                    for (int i = 0; i < a.rows().size(); i++) {
                        for (float f : a.rows().get(i)) {
                            out.writeFloat(f);
                        }
                        out.writeByte(a.labels()[i]);
                    }
                    out.writeInt(a.goldRank());
                    out.writeInt(a.goldRanges() == null ? -1 : a.goldRanges().length);
                    if (a.goldRanges() != null) {
                        for (int[] r : a.goldRanges()) {
                            out.writeInt(r[0]);
                            out.writeInt(r[1]);
                        }
                    }
                }
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new BaowenException("cannot write training rows " + file + ": " + e.getMessage(), e);
        }
    }
}
