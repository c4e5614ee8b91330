package org.synmap.density.isf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Checksums recorded in a model's provenance, so that results name the exact inputs. */
final class Fingerprints {

    private Fingerprints() {
    }

    /** SHA-256 of a file's content, in hex. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream()); // the digest sees every byte
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * SHA-256 over each file's path relative to {@code root}, size and modification time: a
     * cheap fingerprint of thousands of bouton files that changes when any of them is
     * replaced, without reading their content.
     */
    static String listing(Path root, List<Path> files) throws IOException {
        MessageDigest digest = newDigest();
        for (Path file : files) {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            String entry = root.relativize(file) + "\t" + attributes.size() + "\t"
                    + attributes.lastModifiedTime().toMillis() + "\n";
            digest.update(entry.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
