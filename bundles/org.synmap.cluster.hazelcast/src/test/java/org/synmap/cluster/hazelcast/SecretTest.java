package org.synmap.cluster.hazelcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The secret file's rules, and what the secret derives: the cluster name on the wire and signatures. */
class SecretTest {
    @TempDir
    Path dir;

    private Path file(String text, String permissions) throws IOException {
        Path f = Files.writeString(dir.resolve("s" + System.nanoTime()), text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(permissions));
        return f;
    }

    @Test
    void theClusterNameOnTheWireDependsOnTheSecret() throws IOException {
        Secret a = Secret.read(file("0123456789abcdef\n", "rw-------"));
        Secret sameWithoutNewline = Secret.read(file("0123456789abcdef", "r--------"));
        Secret b = Secret.read(file("0123456789abcdeX", "rw-------"));
        assertEquals(a.clusterName("lab"), sameWithoutNewline.clusterName("lab"));
        assertNotEquals(a.clusterName("lab"), b.clusterName("lab"));
        assertNotEquals(a.clusterName("lab"), a.clusterName("lab2"));
        assertTrue(a.clusterName("lab").matches("synmap-lab-[0-9a-f]{32}"), a.clusterName("lab"));
    }

    @Test
    void signaturesHoldOnlyForTheSameSecretAndBody() throws IOException {
        Secret a = Secret.read(file("0123456789abcdef", "rw-------"));
        Secret b = Secret.read(file("fedcba9876543210", "rw-------"));
        String mac = a.sign("body");
        assertTrue(a.verify("body", mac));
        assertFalse(a.verify("body ", mac));
        assertFalse(b.verify("body", mac));
        assertFalse(a.verify("body", "zz"));
        assertFalse(a.verify("body", null));
    }

    @Test
    void aFileOthersCanReadOrAShortSecretIsRefused() throws IOException {
        Path open = file("0123456789abcdef", "rw-r--r--");
        IOException e = assertThrows(IOException.class, () -> Secret.read(open));
        assertTrue(e.getMessage().contains("chmod 600 " + open), e.getMessage());
        Path shortOne = file("short \n\n", "rw-------");
        e = assertThrows(IOException.class, () -> Secret.read(shortOne));
        assertTrue(e.getMessage().contains("holds 5 bytes; give at least 16"), e.getMessage());
        e = assertThrows(IOException.class, () -> Secret.read(dir.resolve("none")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }
}
