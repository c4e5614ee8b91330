package ${package};

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.output.api.EmbeddingResult;
import org.synmap.output.api.RealizationWriter;
import org.synmap.plugin.api.SynmapPlugin;

/**
 * An example writer ({@code --format ${artifactId}-table}): every synapse of the written
 * realization as one tab-separated line, with its presynaptic population and cell. It works for
 * every connectome model, because it uses only what {@link EmbeddingResult} holds.
 */
@Component(service = RealizationWriter.class)
@SynmapPlugin(kind = SynmapPlugin.REALIZATION_WRITER, name = SynapseTableWriter.NAME,
        description = "example: synapses.tsv, one line per synapse with its presynaptic population and cell")
public class SynapseTableWriter implements RealizationWriter {
    /** The format's name, as users give it to {@code --format}. */
    public static final String NAME = "${artifactId}-table";
    /** The file written. */
    public static final String FILE = "synapses.tsv";

    /**
     * Writes synapses.tsv atomically: into a temporary file with a unique name in the same
     * folder, then moved into place, so that no reader ever sees half a file.
     */
    @Override
    public List<Path> write(EmbeddingResult result, Path directory) throws IOException {
        Path target = directory.resolve(FILE);
        Path tmp = Files.createTempFile(directory, FILE + ".", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write("population\tpresynaptic_cell\tsection\tx\tstructure\tpx\tpy\tpz\n");
                for (SynapseBlock block : result.realization().blocks()) {
                    for (Synapse s : block.synapses()) {
                        // Double.toString is the shortest text that reads back as the same double
                        w.write(block.label() + "\t" + s.presynapticCell() + "\t" + s.sectionId() + "\t" + s.x() + "\t"
                                + (s.structure() == null ? "" : s.structure().label()) + "\t" + s.px() + "\t" + s.py()
                                + "\t" + s.pz() + "\n");
                    }
                }
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return List.of(target);
    }
}
