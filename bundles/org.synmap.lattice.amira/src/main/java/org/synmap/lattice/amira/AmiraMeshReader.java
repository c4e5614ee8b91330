package org.synmap.lattice.amira;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.synmap.plugin.api.SynmapPlugin;
import org.synmap.density.api.Lattice;
import org.synmap.density.api.LatticeReader;
import org.synmap.morphology.api.InputFormatException;

/**
 * Reads AmiraMesh uniform scalar lattices ({@code .am}) the way ISF's scalar-field reader does
 * (isf-spec §2.3), plus binary encodings and several values per line. The header's
 * voxel-centre {@code BoundingBox} becomes voxel edges {@code x0 − sx/2 .. x1 + sx/2}, which
 * are also the origin; values are stored x-fastest on disk and returned in the lattice's
 * C order. Stateless and thread-safe.
 */
@Component(service = LatticeReader.class)
@SynmapPlugin(kind = SynmapPlugin.LATTICE_READER, name = AmiraMeshReader.FORMAT_NAME, extensions = "am",
        description = "AmiraMesh lattices, ASCII and binary")
public final class AmiraMeshReader implements LatticeReader {

    /** The format name both the reader and {@link AmiraMeshWriter} register under. */
    public static final String FORMAT_NAME = "amiramesh";

    /** The largest file the reader takes: it holds the file in one byte array. */
    static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 8;

    @Override
    public Lattice read(Path file) throws IOException {
        String name = file.toString();
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) { // Files.readAllBytes would throw OutOfMemoryError
            throw new InputFormatException(name, 0, "file of " + size + " bytes is larger than the " + MAX_FILE_BYTES
                    + " bytes this reader holds in memory; write the lattice as binary AmiraMesh"
                    + " (format amiramesh-binary, about a third of the text's size)");
        }
        byte[] bytes = Files.readAllBytes(file);
        AmiraHeader header = AmiraHeader.parse(bytes, name);
        double[] values = header.encoding == AmiraHeader.Encoding.ASCII
                ? AsciiValues.parse(bytes, header.dataStart, header.dataMarkerLine + 1, header.dims, name)
                : BinaryValues.parse(bytes, header);
        double[] origin = new double[3];
        double[] upper = new double[3];
        for (int a = 0; a < 3; a++) {
            origin[a] = header.lowerEdge(a);
            upper[a] = header.upperEdge(a);
        }
        return new Lattice(header.dims, origin, header.spacing, origin, upper, values);
    }
}
