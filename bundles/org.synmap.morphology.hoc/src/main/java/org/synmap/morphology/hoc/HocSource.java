package org.synmap.morphology.hoc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.synmap.morphology.api.InputFormatException;

/** The lines of one hoc file and the name used for it in messages. */
final class HocSource {
    private final String file;
    private final List<String> lines;

    private HocSource(String file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    /**
     * Reads all lines; line ends are {@code \n}, {@code \r\n} or {@code \r}, as in Python's text mode.
     * A UTF-8 byte-order mark is dropped: it is not whitespace, so it would stick to the first word.
     */
    static HocSource read(InputStream in, String file) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(lines.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
        }
        return new HocSource(file, List.copyOf(lines));
    }

    String file() { return file; }

    int lineCount() { return lines.size(); }

    /** The line with 1-based number {@code number}. */
    String line(int number) { return lines.get(number - 1); }

    InputFormatException error(int line, String detail) {
        return new InputFormatException(file, line, detail);
    }

    String warning(int line, String detail) {
        return line > 0 ? file + ":" + line + ": " + detail : file + ": " + detail;
    }
}
