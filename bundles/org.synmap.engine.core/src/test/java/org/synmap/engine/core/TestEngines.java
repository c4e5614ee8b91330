package org.synmap.engine.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.synmap.connectome.barrelcortex.BarrelCortexModel;
import org.synmap.density.isf.IsfFolderSource;
import org.synmap.density.isf.IsfFolderWriter;
import org.synmap.density.synthetic.SyntheticBarrelCortex;
import org.synmap.density.synthetic.SyntheticMorphologies;
import org.synmap.engine.api.EmbedJob;
import org.synmap.lattice.amira.AmiraMeshReader;
import org.synmap.lattice.amira.AmiraMeshWriter;
import org.synmap.lattice.amira.LandmarkWriter;
import org.synmap.morphology.hoc.HocReader;
import org.synmap.morphology.hoc.HocWriter;
import org.synmap.morphology.swc.SwcReader;
import org.synmap.output.isf.IsfRealizationReader;
import org.synmap.output.isf.IsfWriter;

/** Engines wired by hand with the real plugins, as the component runtime would wire them. */
final class TestEngines {
    static final String SYNTHETIC = "synthetic-barrel-cortex";
    static final String L5TT = "builtin:l5tt-c2";
    /** A small synthetic model: 5 % of the cells, for speed. */
    static final Map<String, String> SMALL = Map.of("scale", "0.05");
    /** A fixed run id, so that file names and the {@code .con} header do not depend on the clock. */
    static final String RUN_ID = "20260101-1200_4242";

    private TestEngines() {
    }

    /** An engine with every plugin bundle's services, registered outside a framework, and a fixed run id. */
    static Engine full() {
        Engine e = new Engine();
        e.runIds(() -> RUN_ID);
        e.register(new HocReader());
        e.register(new SwcReader());
        e.register(new HocWriter());
        e.register(new SyntheticMorphologies());
        AmiraMeshReader amiraReader = new AmiraMeshReader();
        AmiraMeshWriter amiraWriter = new AmiraMeshWriter();
        e.register(amiraReader);
        e.register(amiraWriter);
        e.register(new SyntheticBarrelCortex());
        e.register(new IsfFolderSource(amiraReader));
        e.register(new IsfFolderWriter(amiraWriter));
        e.register(new BarrelCortexModel());
        e.register(new IsfWriter(new LandmarkWriter()));
        e.register(new IsfRealizationReader());
        e.register(new LandmarkWriter());
        return e;
    }

    /** A job embedding the built-in L5tt cell in the small synthetic model. */
    static EmbedJob small(int samples, long seed, int threads, Path out) {
        return job(L5TT, samples, seed, threads, out, false, List.of("isf"));
    }

    /** A job embedding {@code morphology} as L5tt in the small synthetic model. */
    static EmbedJob job(String morphology, int samples, long seed, int threads, Path out, boolean allRealizations,
            List<String> formats) {
        return new EmbedJob(SYNTHETIC, SMALL, morphology, Map.of(), "L5tt", null, Map.of(), samples, seed, threads, out,
                allRealizations, formats, false);
    }

    /** The file name ISF gives the outputs of the built-in cell under {@link #RUN_ID}. */
    static String l5ttFile(String role, String extension) {
        return "l5tt-c2_" + role + "_" + RUN_ID + "." + extension;
    }

    /** Every regular file under a folder, relative to it, sorted. */
    static List<Path> files(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).forEach(p -> out.add(dir.relativize(p)));
        }
        out.sort(null);
        return out;
    }
}
