package org.synmap.engine.core;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.synmap.connectome.api.ConnectomeModel;
import org.synmap.connectome.api.Embedding;
import org.synmap.connectome.api.EmbeddingRequest;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.api.Realization;
import org.synmap.density.api.ParameterDescriptor;
import org.synmap.output.api.EmbeddingResult;
import org.synmap.output.api.RealizationWriter;

/** Misbehaving plugins, and service references that name a bundle, for failure tests. */
final class Plugins {

    private Plugins() {
    }

    /** A reference whose bundle is {@code symbolicName} at {@code version}, as the framework would give it. */
    @SuppressWarnings("unchecked")
    static <T> ServiceReference<T> fromBundle(String symbolicName, String version) {
        Bundle bundle = (Bundle) Proxy.newProxyInstance(Plugins.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getSymbolicName" -> symbolicName;
                    case "getVersion" -> Version.parseVersion(version);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (ServiceReference<T>) Proxy.newProxyInstance(Plugins.class.getClassLoader(),
                new Class<?>[] {ServiceReference.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getBundle")) {
                        return bundle;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A connectome model that throws in {@code prepare}, or in {@code realize} of one sample. */
    static final class ExplodingModel implements ConnectomeModel {
        static final String NAME = "exploding";
        private final int failingSample;

        /** @param failingSample the sample whose {@code realize} throws, or -1 to throw in {@code prepare} */
        ExplodingModel(int failingSample) {
            this.failingSample = failingSample;
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String description() {
            return "fails on purpose";
        }

        @Override
        public List<ParameterDescriptor> parameters() {
            return List.of();
        }

        @Override
        public Embedding prepare(EmbeddingRequest request, ProgressListener progress) {
            if (failingSample < 0) {
                throw new IllegalStateException("boom in prepare");
            }
            return new Embedding() {
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
    static final class BrokenWriter implements RealizationWriter {
        static final String NAME = "broken";

        @Override
        public String formatName() {
            return NAME;
        }

        @Override
        public String description() {
            return "fails on purpose";
        }

        @Override
        public List<Path> write(EmbeddingResult result, Path directory) throws IOException {
            Files.writeString(directory.resolve("broken.txt.tmp"), "half a file");
            throw new IllegalStateException("disk on fire");
        }
    }
}
