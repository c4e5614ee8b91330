package org.synmap.morphology.h5;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.function.Supplier;

import io.jhdf.HdfFile;
import io.jhdf.Superblock;
import org.osgi.service.component.annotations.Component;
import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.MorphologyReader;
import org.synmap.plugin.api.SynmapPlugin;

/**
 * Reads BlueBrain's HDF5 morphologies in the H5v1 layout MorphIO reads and writes: {@code /points}
 * and {@code /structure}, optionally {@code /metadata}. HDF5 is read with jhdf (pure Java).
 */
@Component(service = MorphologyReader.class)
@SynmapPlugin(kind = SynmapPlugin.MORPHOLOGY_READER, name = "h5v1", extensions = "h5", description = "BlueBrain's"
        + " HDF5 morphology format H5v1 (MorphIO's layout), read as NEURON reads the same neuron from ASC")
public final class H5v1Reader implements MorphologyReader {

    @Override
    public Morphology read(Path file) throws IOException {
        HdfFile h5;
        try {
            h5 = new HdfFile(file);
        } catch (RuntimeException e) {
            throw notHdf5(file.toString(), e);
        }
        try (FileChannel channel = FileChannel.open(file)) {
            requireComplete(h5, () -> Superblock.readSuperblock(channel, h5.getUserBlockSize()), channel.size(),
                    file.toString());
        }
        return read(h5, file.toString(), file.getFileName().toString());
    }

    @Override
    public Morphology read(InputStream in, String name) throws IOException {
        byte[] bytes = in.readAllBytes();
        HdfFile h5;
        try {
            h5 = HdfFile.fromBytes(bytes);
        } catch (RuntimeException e) {
            throw notHdf5(name, e);
        }
        requireComplete(h5, () -> Superblock.readSuperblock(ByteBuffer.wrap(bytes, (int) h5.getUserBlockSize(),
                bytes.length - (int) h5.getUserBlockSize()).slice().order(ByteOrder.LITTLE_ENDIAN)), bytes.length, name);
        return read(h5, name, name);
    }

    /**
     * jhdf reads what it needs and does not notice a file cut after its last dataset; the
     * superblock states the file's length, so a shorter file is refused (as the HDF5 library
     * refuses it).
     */
    private static void requireComplete(HdfFile h5, Supplier<Superblock> superblock, long size, String file)
            throws InputFormatException {
        long stated;
        try {
            Superblock sb = superblock.get();
            stated = h5.getUserBlockSize() + sb.getBaseAddressByte() + sb.getEndOfFileAddress();
        } catch (RuntimeException e) {
            h5.close();
            throw notHdf5(file, e);
        }
        if (size < stated) {
            h5.close();
            throw new InputFormatException(file, 0, "the file is truncated: its HDF5 superblock states " + stated
                    + " bytes, found " + size);
        }
    }

    private static Morphology read(HdfFile h5, String file, String name) throws IOException {
        try (h5) {
            return H5v1Sections.build(H5v1Tables.read(h5, file), file, name);
        } catch (InputFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            // jhdf reports damage as unchecked exceptions; it is bad input, not a synmap failure
            throw new InputFormatException(file, 0, "the HDF5 structure is damaged (" + e + ")");
        }
    }

    private static InputFormatException notHdf5(String file, RuntimeException e) {
        return new InputFormatException(file, 0, "expected an HDF5 file (H5v1 morphology); it cannot be opened as one ("
                + e.getMessage() + "); the file may be truncated or not HDF5");
    }
}
