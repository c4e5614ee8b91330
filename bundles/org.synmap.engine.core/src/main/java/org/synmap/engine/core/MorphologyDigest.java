package org.synmap.engine.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;

/**
 * SHA-256 fingerprints of a morphology for {@code run.json}: of its file (what {@code sha256sum}
 * prints), and of its geometry as read, which also identifies built-in morphologies (they have
 * no file).
 */
final class MorphologyDigest {

    private MorphologyDigest() {
    }

    static String ofFile(Path file) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0;) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * Over every section in id order: name, structure, parent id and x, then each point's x, y, z
     * and diameter as IEEE doubles, big-endian. The morphology's name is left out.
     */
    static String ofGeometry(Morphology morphology) {
        MessageDigest md = sha256();
        ByteBuffer b = ByteBuffer.allocate(32);
        for (Section s : morphology.sections()) {
            byte[] name = s.name().getBytes(StandardCharsets.UTF_8);
            md.update(b.clear().putInt(name.length).flip());
            md.update(name);
            md.update(s.structure().name().getBytes(StandardCharsets.UTF_8));
            md.update(b.clear().putInt(s.parentId()).putDouble(s.parentX()).putInt(s.pointCount()).flip());
            for (int p = 0; p < s.pointCount(); p++) {
                md.update(b.clear().putDouble(s.x(p)).putDouble(s.y(p)).putDouble(s.z(p)).putDouble(s.diameter(p)).flip());
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
