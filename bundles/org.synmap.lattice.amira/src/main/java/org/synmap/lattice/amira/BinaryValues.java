package org.synmap.lattice.amira;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.synmap.morphology.api.InputFormatException;

/**
 * The binary data section of an AmiraMesh lattice: raw float32 or float64 values right after
 * the {@code @1} line, optionally followed by whitespace (Amira ends the section with a
 * newline). Not readable by ISF itself; supported as a compact, exact alternative.
 */
final class BinaryValues {

    private BinaryValues() {
    }

    /** Decodes nx·ny·nz values, stored x fastest in the file, into C order. */
    static double[] parse(byte[] bytes, AmiraHeader header) throws InputFormatException {
        int[] dims = header.dims;
        int count = dims[0] * dims[1] * dims[2];
        int size = header.binaryValueSize;
        long available = (bytes.length - header.dataStart) / size;
        if (available < count) {
            throw new InputFormatException(header.file, header.dataMarkerLine, "expected " + count + " values, found "
                    + available + " (" + (bytes.length - header.dataStart) + " bytes of " + size + "-byte binary data)");
        }
        int dataEnd = header.dataStart + count * size;
        for (int p = dataEnd; p < bytes.length; p++) {
            byte b = bytes[p];
            if (b != '\n' && b != '\r' && b != ' ' && b != '\t') {
                throw new InputFormatException(header.file, header.dataMarkerLine, "too many values: expected " + count
                        + " " + size + "-byte binary values, found " + (bytes.length - header.dataStart) + " bytes of data");
            }
        }
        ByteOrder order = header.encoding == AmiraHeader.Encoding.BINARY_LITTLE_ENDIAN
                ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, header.dataStart, count * size).slice().order(order);
        double[] values = new double[count];
        int n = 0;
        for (int k = 0; k < dims[2]; k++) {
            for (int j = 0; j < dims[1]; j++) {
                for (int i = 0; i < dims[0]; i++, n++) {
                    double v = size == 8 ? buffer.getDouble(8 * n) : buffer.getFloat(4 * n);
                    if (!Double.isFinite(v)) {
                        throw new InputFormatException(header.file, header.dataMarkerLine, "binary value #" + n
                                + " is " + v + "; expected finite values");
                    }
                    values[(i * dims[1] + j) * dims[2] + k] = v;
                }
            }
        }
        return values;
    }
}
