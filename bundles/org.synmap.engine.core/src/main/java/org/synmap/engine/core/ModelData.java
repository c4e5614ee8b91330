package org.synmap.engine.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.synmap.connectome.api.ModelInput;
import org.synmap.engine.api.SynmapException;
import org.synmap.engine.core.PluginRegistry.Found;
import org.synmap.connectome.api.ConnectomeModel;

/**
 * What a connectome model gets as its data, made from {@code --data} as the model's
 * {@link ModelInput} asks, and what {@code run.json} records of it.
 *
 * @param value  what the model receives: null, a {@link Path} or an anatomical model
 * @param record the data's entry in {@code run.json}: where it came from and its fingerprints
 */
record ModelData(Object value, Map<String, Object> record) {

    /**
     * Prepares the data of {@code model}: nothing, an existing file, or an anatomical model opened
     * by a density source.
     */
    static ModelData of(Engine engine, Found<ConnectomeModel> model, String data, Map<String, String> parameters) {
        ModelInput input = PluginCalls.call(model.info(), () -> model.service().input());
        String name = model.info().name();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("input", input.toString());
        switch (input) {
            case NONE -> {
                if (data != null || !parameters.isEmpty()) {
                    throw new SynmapException("connectome model " + name + " takes no data; drop --data"
                            + (parameters.isEmpty() ? "" : " and --data-param"));
                }
                return new ModelData(null, record);
            }
            case FILE -> {
                if (data == null) {
                    throw new SynmapException("connectome model " + name + " needs --data <file>");
                }
                if (!parameters.isEmpty()) {
                    throw new SynmapException("connectome model " + name + " reads its data file itself; "
                            + "--data-param applies to density sources only");
                }
                Path file = Path.of(data);
                Engine.requireRegularFile(file, "data file");
                record.put("location", data);
                try {
                    record.put("sha256", MorphologyDigest.ofFile(file));
                } catch (IOException e) {
                    throw new SynmapException(data + ": cannot read: " + PluginCalls.message(e), e);
                }
                return new ModelData(file, record);
            }
            case ANATOMICAL_MODEL -> {
                if (data == null) {
                    throw new SynmapException("connectome model " + name
                            + " needs --data <ISF folder | density source name>");
                }
                Engine.Opened opened = engine.open(data, parameters);
                record.put("location", data);
                record.put("parameters", opened.parameters().asText());
                record.put("source", opened.source().name());
                record.put("sourceBundle", opened.source().bundle());
                record.put("model", PluginCalls.call(opened.source(), () -> opened.model().name()));
                record.put("provenance", new TreeMap<>(PluginCalls.call(opened.source(),
                        () -> opened.model().provenance())));
                return new ModelData(opened.model(), record);
            }
            case ANY -> {
                if (!parameters.isEmpty()) {
                    throw new SynmapException("connectome model " + name + " takes --data as it is; "
                            + "--data-param applies to density sources only");
                }
                if (data == null) {
                    return new ModelData(null, record);
                }
                record.put("location", data);
                Path file = asPath(data);
                if (file != null && java.nio.file.Files.isRegularFile(file)) {
                    // a file is fingerprinted like FILE data, so run.json says which one it was
                    try {
                        record.put("sha256", MorphologyDigest.ofFile(file));
                    } catch (IOException e) {
                        throw new SynmapException(data + ": cannot read: " + PluginCalls.message(e), e);
                    }
                }
                return new ModelData(data, record);
            }
            default -> throw new IllegalStateException(input.toString());
        }
    }

    /** {@code data} as a path, or null when it cannot be one (then it is only a name). */
    static Path asPath(String data) {
        try {
            return Path.of(data);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
