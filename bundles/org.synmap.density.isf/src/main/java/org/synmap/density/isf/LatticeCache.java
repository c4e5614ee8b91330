package org.synmap.density.isf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.zip.CRC32C;

import org.synmap.density.api.Lattice;
import org.synmap.density.api.LatticeReader;

/**
 * Binary copies of parsed lattices, so that repeat runs over the same folder skip parsing
 * text: one file per source lattice, {@code <cache>/<path below the folder>.bin}, holding
 * exactly the {@link Lattice} the reader returned (geometry and values as little-endian
 * float64, so a cached load is bit-identical to a parse).
 *
 * <p>Each cache file is keyed by its source's size, modification time (full precision) and
 * file key (device and inode on Unix): when any differs, the source is parsed again and the
 * copy rewritten. A copy that is truncated, has a foreign header or fails its CRC-32C is
 * ignored and rewritten too. Copies are written to a uniquely named temporary file and
 * moved into place atomically, so concurrent loads of one lattice never see half a file.
 * Failing to write a copy (disk full, permissions) only costs the next run a parse.
 */
final class LatticeCache implements LatticeLoader {
    /** File name suffix of cached lattices. */
    static final String SUFFIX = ".bin";
    /** "SYNLAT" and the layout version; bump the version when the layout changes. */
    private static final long MAGIC = 0x53594E4C41540001L;
    private static final int GEOMETRY_DOUBLES = 12; // origin, spacing, lower and upper edges
    private static final int CHECKSUM_BYTES = Long.BYTES;

    private final Path sourceRoot;
    private final Path cacheRoot;
    private final LatticeReader reader;

    /**
     * @param sourceRoot the folder whose files are cached; every source lies below it
     * @param cacheRoot  where the copies go, mirroring the paths below {@code sourceRoot}
     */
    LatticeCache(Path sourceRoot, Path cacheRoot, LatticeReader reader) {
        this.sourceRoot = sourceRoot;
        this.cacheRoot = cacheRoot;
        this.reader = reader;
    }

    /** The cached copy when it is current, else a parse of {@code source} (then cached). */
    @Override
    public Lattice load(Path source) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
        byte[] key = key(attributes);
        Path copy = copyOf(source);
        Lattice cached = readCopy(copy, key);
        if (cached != null) {
            return cached;
        }
        // Keyed by the attributes read before parsing: a source replaced meanwhile is parsed again next time.
        Lattice parsed = reader.read(source);
        writeCopy(copy, key, parsed);
        return parsed;
    }

    /** Where the copy of {@code source} lives. */
    Path copyOf(Path source) {
        Path relative = sourceRoot.relativize(source);
        return cacheRoot.resolve(relative.toString() + SUFFIX);
    }

    private static byte[] key(BasicFileAttributes attributes) {
        Object fileKey = attributes.fileKey();
        String text = attributes.size() + " " + attributes.lastModifiedTime().toInstant() + " "
                + (fileKey == null ? "-" : fileKey.toString());
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The lattice in {@code copy}, or null when it is absent, stale or damaged. */
    private static Lattice readCopy(Path copy, byte[] key) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(copy);
        } catch (NoSuchFileException e) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int fixed = Long.BYTES + Integer.BYTES;
        if (bytes.length < fixed + CHECKSUM_BYTES || in.getLong() != MAGIC) {
            return null;
        }
        int keyLength = in.getInt();
        int header = fixed + keyLength + 3 * Integer.BYTES + GEOMETRY_DOUBLES * Double.BYTES;
        if (keyLength != key.length || bytes.length < header + CHECKSUM_BYTES) {
            return null;
        }
        for (byte b : key) {
            if (in.get() != b) {
                return null;
            }
        }
        int[] dims = {in.getInt(), in.getInt(), in.getInt()};
        long count = (long) dims[0] * dims[1] * dims[2];
        if (dims[0] < 1 || dims[1] < 1 || dims[2] < 1
                || bytes.length != header + count * Double.BYTES + CHECKSUM_BYTES) {
            return null;
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - CHECKSUM_BYTES);
        if (ByteBuffer.wrap(bytes, bytes.length - CHECKSUM_BYTES, CHECKSUM_BYTES).order(ByteOrder.LITTLE_ENDIAN)
                .getLong() != crc.getValue()) {
            return null;
        }
        double[][] geometry = new double[4][3];
        for (double[] vector : geometry) {
            for (int a = 0; a < 3; a++) {
                vector[a] = in.getDouble();
            }
        }
        double[] values = new double[(int) count];
        in.asDoubleBuffer().get(values);
        return new Lattice(dims, geometry[0], geometry[1], geometry[2], geometry[3], values);
    }

    private static void writeCopy(Path copy, byte[] key, Lattice lattice) {
        int header = Long.BYTES + Integer.BYTES + key.length + 3 * Integer.BYTES + GEOMETRY_DOUBLES * Double.BYTES;
        if (lattice.size() > (Integer.MAX_VALUE - header - CHECKSUM_BYTES) / Double.BYTES) {
            return; // beyond one byte array (2 GB); such a lattice is parsed every time
        }
        ByteBuffer out = ByteBuffer.allocate(header + lattice.size() * Double.BYTES + CHECKSUM_BYTES)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.putLong(MAGIC).putInt(key.length).put(key);
        for (int a = 0; a < 3; a++) {
            out.putInt(lattice.dim(a));
        }
        for (int a = 0; a < 3; a++) {
            out.putDouble(lattice.origin(a));
        }
        for (int a = 0; a < 3; a++) {
            out.putDouble(lattice.spacing(a));
        }
        for (int a = 0; a < 3; a++) {
            out.putDouble(lattice.lowerEdge(a));
        }
        for (int a = 0; a < 3; a++) {
            out.putDouble(lattice.upperEdge(a));
        }
        out.asDoubleBuffer().put(lattice.values());
        out.position(out.position() + lattice.size() * Double.BYTES);
        CRC32C crc = new CRC32C();
        crc.update(out.array(), 0, out.position());
        out.putLong(crc.getValue());
        Path tmp = null;
        try {
            Files.createDirectories(copy.getParent());
            // A unique temporary name: two threads may cache the same lattice at once.
            tmp = Files.createTempFile(copy.getParent(), copy.getFileName().toString(), ".tmp");
            try (OutputStream stream = Files.newOutputStream(tmp)) {
                stream.write(out.array());
            }
            Files.move(tmp, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // Best effort: without the copy the next run parses the text again.
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to do; a stray .tmp file in the cache is harmless
            }
        }
    }
}
