package org.synmap.lattice.amira;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.synmap.plugin.api.SynmapPlugin;
import org.synmap.format.text.AtomicFiles;
import org.synmap.format.text.CFormat;
import org.synmap.output.api.PointSetWriter;

/**
 * Writes Amira landmark files exactly as ISF does (isf-spec §2.11): an AmiraMesh ASCII
 * header declaring {@code N} markers, then one point per line as C
 * {@code printf("%.6f %.6f %.6f")}. Like ISF, appends {@code .landmarkAscii} when the file
 * name lacks it.
 */
@Component(service = PointSetWriter.class)
@SynmapPlugin(kind = SynmapPlugin.POINT_SET_WRITER, name = "landmarkAscii", extensions = "landmarkAscii",
        description = "Amira landmark files (ASCII), as ISF writes them")
public final class LandmarkWriter implements PointSetWriter {

    private static final String EXTENSION = "landmarkAscii";

    @Override
    public void write(double[] xyz, Path file) throws IOException {
        if (xyz.length % 3 != 0) {
            throw new IllegalArgumentException("coordinates must come in x,y,z triples, got " + xyz.length + " numbers");
        }
        String name = file.getFileName().toString();
        Path target = name.endsWith("." + EXTENSION) ? file : file.resolveSibling(name + "." + EXTENSION);
        StringBuilder sb = new StringBuilder(256 + xyz.length * 12);
        sb.append("# AmiraMesh 3D ASCII 2.0\n\n");
        sb.append("define Markers ").append(xyz.length / 3).append("\n\n");
        sb.append("Parameters {\n\tNumSets 1,\n\tContentType \"LandmarkSet\"\n}\n\n");
        sb.append("Markers { float[3] Coordinates } @1\n\n");
        sb.append("# Data section follows\n@1\n");
        for (int p = 0; p < xyz.length; p += 3) {
            sb.append(CFormat.f6(xyz[p])).append(' ').append(CFormat.f6(xyz[p + 1])).append(' ')
                    .append(CFormat.f6(xyz[p + 2])).append('\n');
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.US_ASCII);
        AtomicFiles.write(target, out -> out.write(bytes));
    }
}
