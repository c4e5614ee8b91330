package org.synmap.output.sonata;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.synmap.connectome.api.Population;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;
import org.synmap.output.api.EmbeddingResult;

/**
 * The edges of one realization as SONATA columns, sorted by (source, target) as the SONATA
 * guide asks; synapses of one presynaptic cell keep their order in the realization.
 * Presynaptic node ids number the model's populations one after another in the order of
 * {@link EmbeddingResult#populations()}, cells by their index within their population.
 */
final class SonataEdges {
    /** BBP's sonata-extension: inhibitory synapse types are below 100, excitatory ones 100 and above. */
    static final int EXCITATORY_SYN_TYPE = 100;
    static final int INHIBITORY_SYN_TYPE = 0;

    /** First node id of each population, and the total in the last slot. */
    final long[] populationStart;
    final long[] source;
    final int[] edgeType;
    final int[] sectionId;
    final float[] sectionPos;
    final int[] sectionType;
    final int[] segmentId;
    final float[] segmentOffset;
    final float[] centerX;
    final float[] centerY;
    final float[] centerZ;
    final int[] synType;

    private SonataEdges(long[] populationStart, int n) {
        this.populationStart = populationStart;
        source = new long[n];
        edgeType = new int[n];
        sectionId = new int[n];
        sectionPos = new float[n];
        sectionType = new int[n];
        segmentId = new int[n];
        segmentOffset = new float[n];
        centerX = new float[n];
        centerY = new float[n];
        centerZ = new float[n];
        synType = new int[n];
    }

    int size() {
        return source.length;
    }

    long sourceNodes() {
        return populationStart[populationStart.length - 1];
    }

    static SonataEdges of(EmbeddingResult result) throws IOException {
        List<Population> populations = result.populations();
        long[] start = new long[populations.size() + 1];
        for (int p = 0; p < populations.size(); p++) {
            start[p + 1] = start[p] + populations.get(p).cells();
        }
        record Row(long source, int population, Synapse synapse) {
        }
        List<Row> rows = new ArrayList<>(result.realization().synapseCount());
        for (SynapseBlock block : result.realization().blocks()) {
            int p = populationIndex(populations, block);
            for (Synapse s : block.synapses()) {
                if (s.presynapticCell() < 0 || s.presynapticCell() >= populations.get(p).cells()) {
                    throw new IOException("sonata: synapse of " + block.label() + " has presynaptic cell "
                            + s.presynapticCell() + ", outside its population of " + populations.get(p).cells()
                            + " cells; SONATA needs every synapse's presynaptic cell (realizations read from ISF"
                            + " files do not have it)");
                }
                rows.add(new Row(start[p] + s.presynapticCell(), p, s));
            }
        }
        rows.sort((a, b) -> Long.compare(a.source(), b.source())); // stable: a cell's synapses keep their order
        SonataEdges e = new SonataEdges(start, rows.size());
        Morphology m = result.morphology();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Synapse s = r.synapse();
            Section section = m.section(s.sectionId());
            e.source[i] = r.source();
            e.edgeType[i] = r.population();
            e.sectionId[i] = s.sectionId();
            e.sectionPos[i] = (float) s.x();
            e.sectionType[i] = sectionType(s.structure() != null ? s.structure() : section.structure());
            Located at = locate(section, s.x());
            e.segmentId[i] = at.segment();
            e.segmentOffset[i] = (float) at.offset();
            double[] c = Double.isNaN(s.px()) ? section.pointAt(s.x()) : new double[] {s.px(), s.py(), s.pz()};
            e.centerX[i] = (float) c[0];
            e.centerY[i] = (float) c[1];
            e.centerZ[i] = (float) c[2];
            e.synType[i] = populations.get(r.population()).excitatory() ? EXCITATORY_SYN_TYPE : INHIBITORY_SYN_TYPE;
        }
        return e;
    }

    private static int populationIndex(List<Population> populations, SynapseBlock block) throws IOException {
        for (int p = 0; p < populations.size(); p++) {
            if (populations.get(p).type().equals(block.type()) && populations.get(p).area().equals(block.area())) {
                return p;
            }
        }
        throw new IOException("sonata: the realization has synapses of " + block.label()
                + ", which is not one of the model's populations");
    }

    /** SONATA's section types (the SWC types): soma 1, basal dendrite 3, apical dendrite 4. */
    static int sectionType(Structure s) {
        return switch (s) {
            case SOMA -> 1;
            case DENDRITE -> 3;
            case APICAL_DENDRITE -> 4;
        };
    }

    /**
     * Where relative arc length {@code x} lies on a section's traced polyline: the segment (pair of
     * consecutive points, numbered from 0 within the section), chosen as {@link Section#pointAt}
     * chooses it (the first of non-zero length that reaches that arc length), and the distance from
     * its start (µm).
     */
    record Located(int segment, double offset) {
    }

    static Located locate(Section s, double x) {
        double target = x * s.length();
        double walked = 0;
        int lastNonZero = -1;
        for (int i = 0; i + 1 < s.pointCount(); i++) {
            double seg = s.segmentLength(i);
            if (seg > 0) {
                lastNonZero = i;
                if (walked + seg >= target) {
                    return new Located(i, Math.max(0, Math.min(1, (target - walked) / seg)) * seg);
                }
            }
            walked += seg;
        }
        // past the end by rounding, or a section without length: the end of its last segment
        return lastNonZero < 0 ? new Located(0, 0) : new Located(lastNonZero, s.segmentLength(lastNonZero));
    }
}
