package org.synmap.itest.plugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.synmap.plugin.api.SynmapPlugin;
import org.synmap.output.api.EmbeddingResult;
import org.synmap.output.api.RealizationWriter;

/** Writes {@code itest-summary.txt}: the number of synapses and samples. */
@Component(service = RealizationWriter.class)
@SynmapPlugin(kind = SynmapPlugin.REALIZATION_WRITER, name = "itest-writer", description = "integration-test "
        + "writer: itest-summary.txt")
public class ItestWriter implements RealizationWriter {

    @Override
    public List<Path> write(EmbeddingResult result, Path directory) throws IOException {
        Path target = directory.resolve("itest-summary.txt");
        Path tmp = directory.resolve("itest-summary.txt.tmp");
        Files.writeString(tmp, "synapses=" + result.realization().synapseCount() + "\nsamples=" + result.samples().size()
                + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return List.of(target);
    }
}
