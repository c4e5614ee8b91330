package org.synmap.cluster.hazelcast;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cluster's shared secret, from {@code --secret-file}, and what is derived from it.
 * Hazelcast's open-source edition has no authentication, so the secret does its work twice:
 * <ul>
 * <li><b>On join.</b> The Hazelcast cluster name is the user's name plus an HMAC of it under
 * the secret ({@link #clusterName}). Hazelcast refuses a member whose cluster name differs, so a
 * process that knows only the user's cluster name cannot join.</li>
 * <li><b>On submit.</b> Every job and every result travels in an envelope signed with
 * HMAC-SHA256 under a key derived from the secret ({@link #sign}, {@link #verify}); members run
 * only jobs whose signature holds, submitters write only results whose signature holds.</li>
 * </ul>
 * Neither hides anything from someone who reads the network: for that, run the cluster on a
 * private network or over SSH tunnels (see the README).
 */
final class Secret {
    /** Fewer bytes than this is too easy to guess. */
    static final int MIN_BYTES = 16;
    private static final String HMAC = "HmacSHA256";

    private final byte[] joinKey;
    private final byte[] envelopeKey;

    private Secret(byte[] secret) {
        this.joinKey = hmac(secret, "synmap cluster join v1");
        this.envelopeKey = hmac(secret, "synmap envelope v1");
    }

    /** A secret given as bytes (tests). */
    static Secret of(byte[] secret) {
        if (secret.length < MIN_BYTES) {
            throw new IllegalArgumentException("the cluster secret has " + secret.length + " bytes; give at least "
                    + MIN_BYTES);
        }
        return new Secret(secret);
    }

    /**
     * Reads the secret from a file that only its owner may read (like an SSH key): its content
     * without trailing white space, at least {@link #MIN_BYTES} bytes.
     *
     * @throws IOException naming the file and what is wrong
     */
    static Secret read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("secret file " + file + " does not exist or is not a file");
        }
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            for (PosixFilePermission open : new PosixFilePermission[] {PosixFilePermission.GROUP_READ,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE}) {
                if (p.contains(open)) {
                    throw new IOException("secret file " + file + " is readable or writable by others ("
                            + java.nio.file.attribute.PosixFilePermissions.toString(p) + "); make it the owner's alone:"
                            + " chmod 600 " + file);
                }
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own access rules apply
        }
        byte[] content = Files.readAllBytes(file);
        int end = content.length;
        while (end > 0 && Character.isWhitespace(content[end - 1])) {
            end--;
        }
        if (end < MIN_BYTES) {
            throw new IOException("secret file " + file + " holds " + end + " bytes; give at least " + MIN_BYTES
                    + " (e.g. head -c 32 /dev/urandom | base64 > " + file + ")");
        }
        byte[] secret = Arrays.copyOf(content, end);
        Arrays.fill(content, (byte) 0);
        return new Secret(secret);
    }

    /**
     * The Hazelcast cluster name: the user's name and 128 bits of HMAC of it, so that only
     * processes with the secret share it.
     */
    String clusterName(String userName) {
        byte[] tag = hmac(joinKey, userName);
        return "synmap-" + userName + "-" + HexFormat.of().formatHex(tag, 0, 16);
    }

    /** The signature of an envelope's body, in hex. */
    String sign(String body) {
        return HexFormat.of().formatHex(hmac(envelopeKey, body));
    }

    /** Whether {@code mac} is the signature of {@code body} (compared in constant time). */
    boolean verify(String body, String mac) {
        if (mac == null) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(mac);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(envelopeKey, body), given);
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides " + HMAC, e);
        }
    }
}
