package org.synmap.output.api;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A plugin that writes a set of 3D points, e.g. Amira landmark files, described by
 * {@code @SynmapPlugin(kind = POINT_SET_WRITER, name, extensions)}; the first extension is the
 * one it appends.
 */
@ConsumerType
public interface PointSetWriter {

    /**
     * Writes the points atomically.
     *
     * @param xyz coordinates flattened as x0,y0,z0,x1,...
     */
    void write(double[] xyz, Path file) throws IOException;
}
