package org.synmap.test.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.api.DensitySource;
import org.synmap.plugin.api.Parameters;
import org.synmap.plugin.api.SynmapPlugin;

/** Opens density sources outside the engine, with parameters checked as the engine checks them. */
public final class Sources {

    private Sources() {
    }

    /**
     * {@code source.open(location, parameters)} with the parameters checked against the source's
     * declared ones.
     *
     * @throws IllegalArgumentException for a parameter the source does not take or a wrong value
     */
    public static AnatomicalModel open(DensitySource source, Path location, Map<String, String> parameters)
            throws IOException {
        SynmapPlugin plugin = source.getClass().getAnnotation(SynmapPlugin.class);
        String name = plugin == null ? source.getClass().getSimpleName() : plugin.name();
        return source.open(location, Parameters.parse(name, source.parameters(), parameters));
    }

    /** A generated model ({@code location} null); generators read no files, so I/O errors are unexpected. */
    public static AnatomicalModel generate(DensitySource source, Map<String, String> parameters) {
        try {
            return open(source, null, parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
