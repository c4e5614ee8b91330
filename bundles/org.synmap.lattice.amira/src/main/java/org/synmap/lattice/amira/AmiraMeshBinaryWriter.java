package org.synmap.lattice.amira;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.synmap.plugin.api.SynmapPlugin;
import org.synmap.density.api.Lattice;
import org.synmap.density.api.LatticeWriter;
import org.synmap.format.text.AtomicFiles;

/**
 * Writes a lattice as {@code # AmiraMesh BINARY-LITTLE-ENDIAN 2.0} with raw float64 values
 * (x fastest), so that values round-trip exactly. The header is ISF's (isf-spec §2.3) with
 * {@code double} as the value type. ISF's own reader cannot read this encoding;
 * {@link AmiraMeshReader} can.
 */
@Component(service = LatticeWriter.class)
@SynmapPlugin(kind = SynmapPlugin.LATTICE_WRITER, name = AmiraMeshBinaryWriter.FORMAT_NAME,
        description = "AmiraMesh binary lattices (exact doubles)")
public final class AmiraMeshBinaryWriter implements LatticeWriter {

    /** Format name of this writer. */
    public static final String FORMAT_NAME = "amiramesh-binary";

    @Override
    public void write(Lattice lattice, Path file) throws IOException {
        byte[] header = AmiraLatticeHeader.text(lattice, "# AmiraMesh BINARY-LITTLE-ENDIAN 2.0", "double")
                .getBytes(StandardCharsets.US_ASCII);
        ByteBuffer data = ByteBuffer.allocate(8 * lattice.size()).order(ByteOrder.LITTLE_ENDIAN);
        for (int k = 0; k < lattice.nz(); k++) {
            for (int j = 0; j < lattice.ny(); j++) {
                for (int i = 0; i < lattice.nx(); i++) {
                    data.putDouble(lattice.get(i, j, k));
                }
            }
        }
        AtomicFiles.write(file, out -> {
            out.write(header);
            out.write(data.array());
            out.write('\n');
        });
    }
}
