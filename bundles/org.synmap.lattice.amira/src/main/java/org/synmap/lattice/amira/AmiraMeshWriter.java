package org.synmap.lattice.amira;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.synmap.plugin.api.SynmapPlugin;
import org.synmap.density.api.Lattice;
import org.synmap.density.api.LatticeWriter;
import org.synmap.format.text.AtomicFiles;
import org.synmap.format.text.CFormat;

/**
 * Writes a lattice exactly as ISF's {@code write_scalar_field} does (isf-spec §2.3): the
 * ASCII header of {@link AmiraLatticeHeader}, then one value per line as C
 * {@code printf("%.15e ")} (note the trailing blank), x fastest. Writes to the given path
 * as is (ISF would append {@code .am} when missing), atomically.
 *
 * <p>{@code %.15e} keeps 16 significant digits: values that need 17 digits to round-trip
 * (most results of arithmetic) come back up to half a unit in the 16th digit off. Use
 * {@link AmiraMeshBinaryWriter} where exact values matter more than ISF compatibility.
 */
@Component(service = LatticeWriter.class)
@SynmapPlugin(kind = SynmapPlugin.LATTICE_WRITER, name = AmiraMeshReader.FORMAT_NAME,
        description = "AmiraMesh ASCII lattices with ISF's %.15e values")
public final class AmiraMeshWriter implements LatticeWriter {

    @Override
    public void write(Lattice lattice, Path file) throws IOException {
        byte[] header = AmiraLatticeHeader.text(lattice, "# AmiraMesh 3D ASCII 2.0", "float")
                .getBytes(StandardCharsets.US_ASCII);
        AtomicFiles.write(file, out -> {
            out.write(header);
            for (int k = 0; k < lattice.nz(); k++) {
                for (int j = 0; j < lattice.ny(); j++) {
                    for (int i = 0; i < lattice.nx(); i++) {
                        out.write(CFormat.e15(lattice.get(i, j, k)).getBytes(StandardCharsets.US_ASCII));
                        out.write(' ');
                        out.write('\n');
                    }
                }
            }
        });
    }
}
