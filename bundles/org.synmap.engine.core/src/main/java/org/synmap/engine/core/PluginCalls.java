package org.synmap.engine.core;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.synmap.engine.api.PluginInfo;
import org.synmap.engine.api.SynmapException;

/**
 * Calls into plugins so that whatever they throw becomes a one-line {@link SynmapException}
 * naming the plugin, and the engine stays usable.
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
            // Input problems: the message already names file and line.
            throw new SynmapException(message(e), e);
        } catch (UncheckedIOException e) {
            throw new SynmapException(message(e.getCause()), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // A plugin rejecting a request: its message is for the user.
            throw new SynmapException(plugin.name() + ": " + message(e), e);
        } catch (RuntimeException | LinkageError e) {
            throw new SynmapException("plugin '" + plugin.name() + "' (" + plugin.bundle() + ") failed: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
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
