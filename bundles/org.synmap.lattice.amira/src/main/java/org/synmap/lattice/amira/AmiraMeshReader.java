package org.synmap.lattice.amira;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.synmap.density.api.Lattice;
import org.synmap.density.api.LatticeReader;

/**
 * Reads AmiraMesh uniform scalar lattices ({@code .am}) the way ISF's scalar-field reader does
 * (isf-spec §2.3), plus binary encodings and several values per line. The header's
 * voxel-centre {@code BoundingBox} becomes voxel edges {@code x0 − sx/2 .. x1 + sx/2}, which
 * are also the origin; values are stored x-fastest on disk and returned in the lattice's
 * C order. Stateless and thread-safe.
 */
@Component(service = LatticeReader.class)
public final class AmiraMeshReader implements LatticeReader {

    /** The format name both the reader and {@link AmiraMeshWriter} register under. */
    public static final String FORMAT_NAME = "amiramesh";

    @Override
    public String formatName() {
        return FORMAT_NAME;
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("am");
    }

    @Override
    public Lattice read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.toString();
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
