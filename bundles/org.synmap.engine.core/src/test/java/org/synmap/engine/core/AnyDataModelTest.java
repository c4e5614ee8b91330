package org.synmap.engine.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.connectome.api.ConnectomeModel;
import org.synmap.connectome.api.Embedding;
import org.synmap.connectome.api.EmbeddingRequest;
import org.synmap.connectome.api.ModelInput;
import org.synmap.connectome.api.Population;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.SynmapException;
import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.SynmapPlugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A model whose input is {@link ModelInput#ANY} gets --data as given, or null, and run.json says which. */
class AnyDataModelTest {
    @TempDir
    Path dir;

    /** Records the data of every request; one empty population. */
    @SynmapPlugin(kind = SynmapPlugin.CONNECTOME_MODEL, name = "any-data", description = "takes any --data")
    static final class AnyDataModel implements ConnectomeModel {
        final List<Object> seen = new ArrayList<>();

        @Override
        public ModelInput input() {
            return ModelInput.ANY;
        }

        @Override
        public List<Parameter> parameters() {
            return List.of();
        }

        @Override
        public Embedding prepare(EmbeddingRequest request, ProgressListener progress) {
            seen.add(request.data());
            return new Embedding() {
                @Override
                public List<Population> populations() {
                    return List.of(new Population("P", "", 1, true));
                }

                @Override
                public Realization realize(long seed, int sampleIndex) {
                    return new Realization(sampleIndex, List.of(new SynapseBlock("", "P", List.of())));
                }

                @Override
                public Map<String, String> describe() {
                    return Map.of();
                }
            };
        }
    }

    private final AnyDataModel model = new AnyDataModel();

    private Engine engine() {
        Engine e = TestEngines.full();
        e.register(model);
        return e;
    }

    private JsonNode embed(String data, Map<String, String> dataParameters, String out) throws Exception {
        Path folder = dir.resolve(out);
        engine().embed(new EmbedJob(data, dataParameters, TestEngines.L5TT, Map.of(), "AnyType", "any-data", Map.of(),
                2, 1, 1, folder, false, List.of("isf"), false), ProgressListener.NONE);
        return new ObjectMapper().readTree(folder.resolve("run.json").toFile()).get("data");
    }

    @Test
    void withoutDataTheModelGetsNull() throws Exception {
        JsonNode data = embed(null, Map.of(), "none");
        assertEquals(1, model.seen.size());
        assertNull(model.seen.get(0));
        assertEquals("ANY", data.get("input").asText());
        assertFalse(data.has("location"), data.toString());
    }

    @Test
    void aNameIsHandedOverAsText() throws Exception {
        JsonNode data = embed("synthetic-barrel-cortex", Map.of(), "name");
        assertEquals("synthetic-barrel-cortex", model.seen.get(0));
        assertEquals("synthetic-barrel-cortex", data.get("location").asText());
        assertFalse(data.has("sha256"), "a name is not a file: " + data);
    }

    @Test
    void anExistingFileIsFingerprinted() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "abc");
        JsonNode data = embed(file.toString(), Map.of(), "file");
        assertEquals(file.toString(), model.seen.get(0));
        // SHA-256 of "abc"
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", data.get("sha256").asText());
    }

    @Test
    void dataParametersAreRefused() {
        SynmapException e = assertThrows(SynmapException.class, () -> embed("x", Map.of("scale", "1"), "params"));
        assertTrue(e.getMessage().contains("--data-param applies to density sources only"), e.getMessage());
        assertTrue(model.seen.isEmpty(), "refused before the model was called");
    }
}
