package org.synmap.density.isf;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.synmap.format.text.Decimals;
import org.synmap.morphology.api.InputFormatException;

/**
 * ISF's tab-separated tables (isf-spec §2.4, §2.5): each line is stripped of surrounding
 * whitespace and split on TAB; blank lines are skipped. Fields are also stripped here, so
 * that a stray blank beside a TAB does not make a name differ from its folder.
 */
final class TabText {
    /**
     * The byte-order mark some editors (Excel's "CSV UTF-8") put first. Python's default UTF-8
     * keeps it as part of the first field, so ISF would not find its header; here it is dropped.
     * {@link String#strip()} does not remove it, as it is not whitespace.
     */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /** One non-blank line: its 1-based number and its fields. */
    record Row(int line, String[] fields) {
    }

    private TabText() {
    }

    static List<Row> read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new InputFormatException(file.toString(), 0, "is not UTF-8 text");
        }
        List<Row> rows = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            String stripped = (n == 0 && line.startsWith(BYTE_ORDER_MARK) ? line.substring(1) : line).strip();
            if (!stripped.isEmpty()) {
                String[] fields = stripped.split("\t", -1);
                for (int f = 0; f < fields.length; f++) {
                    fields[f] = fields[f].strip();
                }
                rows.add(new Row(n + 1, fields));
            }
        }
        return rows;
    }

    /** A non-negative integer field (a cell count). */
    static int count(String field, Path file, int line, String what) throws InputFormatException {
        try {
            int value = Integer.parseInt(field);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputFormatException(file.toString(), line, "expected a non-negative integer " + what
                + ", found '" + field + "'");
    }

    /** A finite, non-negative decimal field (a PST constant), read as {@link Decimals#parseFiniteNonNegative} says. */
    static double density(String field, Path file, int line, String what) throws InputFormatException {
        try {
            return Decimals.parseFiniteNonNegative(field, what);
        } catch (NumberFormatException e) {
            throw new InputFormatException(file.toString(), line, e.getMessage());
        }
    }
}
