package org.synmap.engine.core;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.Version;
import org.synmap.connectome.api.ConnectomeModel;
import org.synmap.connectome.api.Embedding;
import org.synmap.connectome.api.EmbeddingRequest;
import org.synmap.connectome.api.ModelInput;
import org.synmap.connectome.api.Population;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.api.Realization;
import org.synmap.output.api.EmbeddingResult;
import org.synmap.output.api.RealizationWriter;
import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.SynmapPlugin;

/** Misbehaving plugins, registered as a named bundle would register them, for failure tests. */
final class Plugins {

    private Plugins() {
    }

    /** Registers {@code plugin} as if bundle {@code symbolicName} {@code version} had registered it. */
    static void registerFrom(Engine engine, Object plugin, String symbolicName, String version) {
        Bundle bundle = (Bundle) Proxy.newProxyInstance(Plugins.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getSymbolicName" -> symbolicName;
                    case "getVersion" -> Version.parseVersion(version);
                    case "getLocation" -> "file:/plugins/" + symbolicName + ".jar";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        engine.register(plugin, PluginRegistry.propertiesOf(plugin.getClass()), bundle);
    }

    /** A connectome model that throws in {@code prepare}, or in {@code realize} of one sample. */
    @SynmapPlugin(kind = SynmapPlugin.CONNECTOME_MODEL, name = ExplodingModel.NAME, description = "fails on purpose")
    static final class ExplodingModel implements ConnectomeModel {
        static final String NAME = "exploding";
        private final int failingSample;

        /** @param failingSample the sample whose {@code realize} throws, or -1 to throw in {@code prepare} */
        ExplodingModel(int failingSample) {
            this.failingSample = failingSample;
        }

        @Override
        public ModelInput input() {
            return ModelInput.ANATOMICAL_MODEL;
        }

        @Override
        public List<Parameter> parameters() {
            return List.of();
        }

        @Override
        public Embedding prepare(EmbeddingRequest request, ProgressListener progress) {
            if (failingSample < 0) {
                throw new IllegalStateException("boom in prepare");
            }
            return new Embedding() {
                @Override
                public List<Population> populations() {
                    return List.of();
                }

                @Override
                public Realization realize(long seed, int sampleIndex) {
                    if (sampleIndex == failingSample) {
                        throw new NullPointerException("boom in realize " + sampleIndex);
                    }
                    return new Realization(sampleIndex, List.of());
                }

                @Override
                public Map<String, String> describe() {
                    return Map.of();
                }
            };
        }
    }

    /** A writer that leaves a temporary file behind and then fails. */
    @SynmapPlugin(kind = SynmapPlugin.REALIZATION_WRITER, name = BrokenWriter.NAME, description = "fails on purpose")
    static final class BrokenWriter implements RealizationWriter {
        static final String NAME = "broken";

        @Override
        public List<Path> write(EmbeddingResult result, Path directory) throws IOException {
            Files.writeString(directory.resolve("broken.txt.tmp"), "half a file");
            throw new IllegalStateException("disk on fire");
        }
    }
}
