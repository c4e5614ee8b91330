package org.synmap.lattice.amira;

import org.synmap.density.api.Lattice;
import org.synmap.format.text.PythonFloat;

/**
 * The header ISF's {@code write_scalar_field} emits (isf-spec §2.3), parameterised by the
 * encoding line and value type so that the binary writer shares it. Numbers are Python
 * {@code str(float)}; the BoundingBox holds voxel centres, {@code lowerEdge + s/2} and
 * {@code upperEdge − s/2}, and keeps ISF's trailing blank and missing comma.
 */
final class AmiraLatticeHeader {

    private AmiraLatticeHeader() {
    }

    static String text(Lattice lattice, String firstLine, String valueType) {
        String dims = lattice.nx() + " " + lattice.ny() + " " + lattice.nz();
        StringBuilder sb = new StringBuilder(400);
        sb.append(firstLine).append('\n');
        sb.append('\n');
        sb.append("define Lattice ").append(dims).append('\n');
        sb.append('\n');
        sb.append("Parameters {\n");
        sb.append("\tContent \"").append(lattice.nx()).append('x').append(lattice.ny()).append('x').append(lattice.nz())
                .append(' ').append(valueType).append(", uniform coordinates\",\n");
        sb.append("\tSpacing ").append(PythonFloat.repr(lattice.spacing(0))).append(' ')
                .append(PythonFloat.repr(lattice.spacing(1))).append(' ')
                .append(PythonFloat.repr(lattice.spacing(2))).append(",\n");
        sb.append("\tBoundingBox");
        for (int a = 0; a < 3; a++) {
            double half = lattice.spacing(a) / 2;
            sb.append(' ').append(PythonFloat.repr(lattice.lowerEdge(a) + half));
            sb.append(' ').append(PythonFloat.repr(lattice.upperEdge(a) - half));
        }
        sb.append(" \n");
        sb.append("\tCoordType \"uniform\"\n");
        sb.append("}\n");
        sb.append('\n');
        sb.append("Lattice { ").append(valueType).append(" Data } @1\n");
        sb.append('\n');
        sb.append("# Data section follows\n");
        sb.append("@1\n");
        return sb.toString();
    }
}
