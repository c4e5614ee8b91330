package org.synmap.density.isf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.synmap.density.api.LatticeReader;
import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.Parameters;

/**
 * The {@code isf-folder} parameters {@code cache} and {@code cache-dir}: whether and where
 * parsed lattices are kept as binary copies ({@link LatticeCache}).
 *
 * @param enabled  whether to cache
 * @param folder   where the copies go
 * @param explicit whether the user named the folder (then it must be usable)
 */
record CacheSetting(boolean enabled, Path folder, boolean explicit) {
    static final String CACHE = "cache";
    static final String CACHE_DIR = "cache-dir";
    /** Default cache folder, inside the ISF folder: hidden, and no ISF reader looks there. */
    static final String DEFAULT_FOLDER = ".synmap-cache";

    static List<Parameter> declared() {
        return List.of(
                Parameter.bool(CACHE, false, "keep parsed lattices as binary copies for faster repeat runs"),
                Parameter.path(CACHE_DIR, null, "folder of the binary copies (default <folder>/" + DEFAULT_FOLDER
                        + "); name one when the ISF folder is read-only"));
    }

    static CacheSetting of(Parameters parameters, Path isfFolder) {
        Path dir = parameters.path(CACHE_DIR);
        Path folder = dir == null ? isfFolder.resolve(DEFAULT_FOLDER) : dir.toAbsolutePath().normalize();
        return new CacheSetting(parameters.bool(CACHE), folder, dir != null);
    }

    /**
     * The loader to use: the cache when enabled and its folder can be created and written,
     * else the plain reader. A default folder that cannot be used (a read-only dataset) turns
     * the cache off; a folder the user named must work.
     *
     * @return the loader and, for the provenance, what was decided
     */
    Choice choose(Path isfFolder, LatticeReader reader) throws IOException {
        if (!enabled) {
            return new Choice(reader::read, "off");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            if (explicit) {
                throw new IOException(folder + ": cannot create the lattice cache folder (" + e.getMessage() + ")", e);
            }
            return new Choice(reader::read, "off (" + folder + " cannot be created)");
        }
        if (!Files.isWritable(folder)) {
            if (explicit) {
                throw new IOException(folder + ": the lattice cache folder is not writable");
            }
            return new Choice(reader::read, "off (" + folder + " is not writable)");
        }
        return new Choice(new LatticeCache(isfFolder, folder, reader), folder.toString());
    }

    /** A loader and a line saying which it is. */
    record Choice(LatticeLoader loader, String description) {
    }
}
