package org.synmap.output.isf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.synmap.format.text.AtomicFiles;
import org.synmap.output.api.EmbeddingResult;
import org.synmap.output.api.PointSetWriter;
import org.synmap.output.api.RealizationWriter;
import org.synmap.plugin.api.SynmapPlugin;

/**
 * Writes a finished embedding as ISF does (isf-spec §1.14, §2.7–§2.12), in ISF's order:
 * landmark files (only when the run record holds {@code landmarks = true}), {@code .syn},
 * {@code .con}, {@code NumberOfConnectedCells.csv}, the summary CSV. Every file is atomic.
 */
@Component(service = RealizationWriter.class)
@SynmapPlugin(kind = SynmapPlugin.REALIZATION_WRITER, name = "isf", description = "ISF's .syn, .con, "
        + "NumberOfConnectedCells.csv and summary CSV (and landmark files on request)")
public final class IsfWriter implements RealizationWriter {
    /** The run-record key that asks for landmark files. */
    static final String LANDMARKS = "landmarks";
    static final String LANDMARK_FORMAT = "landmarkAscii";
    static final String LANDMARK_EXTENSION = "landmarkAscii";

    /** The landmark writer: the point-set writer named {@value #LANDMARK_FORMAT}, when one is installed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY,
            target = "(&(" + SynmapPlugin.KIND + "=" + SynmapPlugin.POINT_SET_WRITER + ")(" + SynmapPlugin.NAME + "="
                    + LANDMARK_FORMAT + "))")
    private volatile PointSetWriter landmarkWriter;

    /** For the component runtime, which injects the landmark writer. */
    public IsfWriter() {
    }

    /** With a fixed landmark writer, for use outside a framework. */
    public IsfWriter(PointSetWriter landmarkWriter) {
        this.landmarkWriter = landmarkWriter;
    }

    @Override
    public List<Path> write(EmbeddingResult result, Path directory) throws IOException {
        String cell = IsfNames.cell(result.morphology().name());
        String runId = result.runId();
        List<Path> files = new ArrayList<>();
        if (Boolean.TRUE.equals(result.run().get(LANDMARKS))) {
            files.addAll(LandmarkFiles.write(result, directory, cell, landmarkWriter(), LANDMARK_EXTENSION));
        }
        String synName = IsfNames.syn(cell, runId);
        files.add(AtomicFiles.writeText(directory.resolve(synName),
                SynapseFiles.syn(result.morphology().name(), result.realization())));
        files.add(AtomicFiles.writeText(directory.resolve(IsfNames.con(cell, runId)),
                SynapseFiles.con(synName, result.realization())));
        files.add(AtomicFiles.writeText(directory.resolve(IsfNames.CONNECTED_CELLS), ConnectedCellsTable.text(result)));
        files.add(AtomicFiles.writeText(directory.resolve(IsfNames.summary(cell, runId)), SummaryCsv.text(result)));
        return files;
    }

    private PointSetWriter landmarkWriter() throws IOException {
        PointSetWriter w = landmarkWriter;
        if (w == null) {
            throw new IOException("landmark files were requested, but no point-set writer named '"
                    + LANDMARK_FORMAT + "' is installed");
        }
        return w;
    }
}
