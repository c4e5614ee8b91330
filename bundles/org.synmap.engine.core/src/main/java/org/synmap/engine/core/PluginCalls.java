package org.synmap.engine.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.synmap.engine.api.PluginInfo;
import org.synmap.engine.api.SynmapException;

/**
 * Calls into plugins so that whatever they throw becomes a one-line {@link SynmapException}
 * and the engine stays usable. Input problems ({@link IOException}, whose messages name file
 * and line) and requests a plugin rejects ({@link IllegalArgumentException}) keep their
 * message; anything else is a plugin failure and names the plugin and its bundle.
 */
final class PluginCalls {

    @FunctionalInterface
    interface Call<T> {
        T run() throws IOException;
    }

    private PluginCalls() {
    }

    static <T> T call(PluginInfo plugin, Call<T> call) {
        try {
            return call.run();
        } catch (SynmapException e) {
            throw e;
        } catch (IOException e) {
            throw new SynmapException(message(e), e);
        } catch (UncheckedIOException e) {
            throw new SynmapException(message(e.getCause()), e);
        } catch (IllegalArgumentException e) {
            String m = message(e);
            throw new SynmapException(m.startsWith(plugin.name()) ? m : plugin.name() + ": " + m, e);
        } catch (RuntimeException | LinkageError e) {
            throw new SynmapException(describe(plugin) + " failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }

    /**
     * Like {@link #call}, for a call that reads or writes {@code file}: an I/O error whose message
     * does not name the file (e.g. {@code Input/output error}) is reported with it.
     */
    static <T> T callOn(PluginInfo plugin, Path file, Call<T> call) {
        try {
            return call(plugin, call);
        } catch (SynmapException e) {
            Throwable cause = e.getCause();
            boolean io = cause instanceof IOException || cause instanceof UncheckedIOException;
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            if (io && !e.getMessage().contains(name)) {
                throw new SynmapException(file + ": " + e.getMessage(), cause);
            }
            throw e;
        }
    }

    /** A plugin as users see it in {@code synmap:plugins}: kind, name and bundle. */
    static String describe(PluginInfo plugin) {
        return plugin.kind() + " '" + plugin.name() + "' from " + plugin.bundle();
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + m;
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "access denied: " + m;
        }
        return m;
    }
}
