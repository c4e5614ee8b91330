package org.synmap.connectome.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.synmap.connectome.api.ConnectomeModel;
import org.synmap.connectome.api.Embedding;
import org.synmap.connectome.api.EmbeddingRequest;
import org.synmap.connectome.api.ModelInput;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.SynmapPlugin;

/**
 * A rule-based connectome model for users who know synapse densities per compartment rather
 * than a dense anatomical model (in the spirit of BMTK's {@code rand_syn_locations} and
 * NetPyNE's {@code subConnParams}). Its data is a JSON rules file ({@code --data rules.json}).
 */
@Component(service = ConnectomeModel.class)
@SynmapPlugin(kind = SynmapPlugin.CONNECTOME_MODEL, name = RulesModel.NAME, description = "synapses from densities"
        + " per compartment (and path-distance window) in a JSON rules file, Poisson counts, connections of a given"
        + " mean size")
public final class RulesModel implements ConnectomeModel {
    /** The model's name. */
    public static final String NAME = "rules";

    @Override
    public ModelInput input() {
        return ModelInput.FILE;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    /**
     * Reads the rules and measures where each population's synapses may lie.
     *
     * @throws IllegalArgumentException for a malformed rules file (file and JSON path) or a cell
     *                                  type the file does not list
     */
    @Override
    public Embedding prepare(EmbeddingRequest request, ProgressListener progress) throws IOException {
        Path file = request.data(Path.class);
        Rules rules = Rules.read(file);
        if (!rules.postsynapticTypes().contains(request.postsynapticType())) {
            throw new IllegalArgumentException("unknown postsynaptic cell type '" + request.postsynapticType()
                    + "' for " + file + "; valid types: " + String.join(" ", rules.postsynapticTypes()));
        }
        return new RulesEmbedding(request.morphology(), rules, sha256(file));
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
