package org.synmap.itest.plugin;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.synmap.plugin.api.SynmapPlugin;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.CellClass;
import org.synmap.density.api.DensitySource;
import org.synmap.density.api.Lattice;
import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.Parameters;
import org.synmap.density.api.PstConstants;

/** One area with one excitatory and one inhibitory type, three cells each, no lattices. */
@Component(service = DensitySource.class)
@SynmapPlugin(kind = SynmapPlugin.DENSITY_SOURCE, name = "itest-grid", description = "integration-test model: one "
        + "area, two types")
public class ItestDensitySource implements DensitySource {

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public boolean canOpen(Path location) {
        return false;
    }

    @Override
    public AnatomicalModel open(Path location, Parameters parameters) {
        Lattice unit = Lattice.of(new int[] {1, 1, 1}, new double[] {0, 0, 0}, new double[] {1, 1, 1}, new double[] {1});
        return new AnatomicalModel() {
            @Override
            public String name() {
                return "itest-grid";
            }

            @Override
            public List<String> areas() {
                return List.of("A1");
            }

            @Override
            public List<String> cellTypes() {
                return List.of("L2", "L1");
            }

            @Override
            public CellClass cellClass(String type) {
                return type.equals("L2") ? CellClass.EXC : CellClass.INH;
            }

            @Override
            public int cellCount(String area, String type) {
                return 3;
            }

            @Override
            public List<String> postsynapticTypes() {
                return List.of("L5tt");
            }

            @Override
            public PstConstants pstConstants(CellClass presynapticClass, String postsynapticType) {
                return new PstConstants(0, 1, 1, 0, 0, 0);
            }

            @Override
            public Lattice normalizationPst(CellClass cellClass) {
                return unit;
            }

            @Override
            public List<BoutonLattice> boutonLattices(String area, String type) {
                return List.of();
            }

            @Override
            public Map<String, String> provenance() {
                return Map.of("source", "itest-grid");
            }
        };
    }
}
