package org.synmap.output.api;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;

/** A plugin that writes a set of 3D points, e.g. Amira landmark files. */
@ConsumerType
public interface PointSetWriter {

    /** Short format name, e.g. {@code landmarkAscii}. */
    String formatName();

    /** The extension this writer appends, without the dot. */
    String fileExtension();

    /**
     * Writes the points atomically.
     *
     * @param xyz coordinates flattened as x0,y0,z0,x1,...
     */
    void write(double[] xyz, Path file) throws IOException;
}
