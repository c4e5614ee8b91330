package org.synmap.morphology.hoc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Structure;

/**
 * ISF's line rules for hoc files (isf-spec §2.1, quirk Q16), reproduced exactly. Where ISF
 * fails this parser throws; where ISF silently ignores data it records a warning.
 */
final class IsfHocParser {

    /** Where the line rules are in the file. */
    private enum State {
        /** no section open: pt3dadd and connect lines are ignored */
        IDLE,
        /** after a recognised create, before its first point: connect lines count here only */
        HEADER,
        /** reading the points of the current section */
        POINTS,
        /** after an axon or unrecognised create: its points and connect are skipped */
        SKIPPING
    }

    private final HocSource src;
    private final List<SectionDraft> sections = new ArrayList<>();
    private final Map<String, SectionDraft> byName = new HashMap<>();
    private final Map<String, Integer> axons = new LinkedHashMap<>();
    private final Map<String, Integer> dropped = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private State state = State.IDLE;
    private SectionDraft current;

    private IsfHocParser(HocSource src) {
        this.src = src;
    }

    static ParsedHoc parse(HocSource src, Progress progress) throws InputFormatException {
        IsfHocParser p = new IsfHocParser(src);
        for (int line = 1; line <= src.lineCount(); line++) {
            progress.at(line);
            p.line(line, src.line(line));
        }
        progress.at(src.lineCount() + 1);
        p.finish();
        return new ParsedHoc(p.sections, p.axons, p.dropped, p.warnings);
    }

    private void line(int n, String line) throws InputFormatException {
        // Rule 1: a line holding both comment marks is skipped whole, statements and all.
        if (line.contains("/*") && line.contains("*/")) {
            if (holdsStatement(line.replaceAll("/\\*.*?\\*/", ""))) {
                warnings.add(src.warning(n, "a statement shares this line with a /* */ comment; ISF skips the whole line"));
            }
            return;
        }
        // Rule 2: point reading.
        if (state == State.HEADER || state == State.POINTS) {
            if (line.contains("Spine")) {
                return;
            }
            if (line.contains("pt3dadd")) {
                double[] xyzd = HocNumbers.pt3dadd(line, src, n);
                requireClosingBrace(line, n);
                current.addPoint(xyzd);
                state = State.POINTS;
                return;
            }
            if (state == State.POINTS) {
                state = State.IDLE; // this line ends the point list and is examined by rules 3 and 4
            }
        } else if (line.contains("pt3dadd") && state == State.IDLE) {
            warnings.add(src.warning(n, "pt3dadd outside a point list is ignored by ISF (a point list ends at the first"
                    + " line without pt3dadd, blank lines included)"));
        }
        // Rule 3: section start.
        if (line.contains("create")) {
            create(n, line);
        }
        // Rule 4: connect, only between a create and its first point.
        if (line.contains("connect")) {
            if (state == State.HEADER) {
                connect(n, line);
            } else if (state == State.IDLE) {
                warnings.add(src.warning(n, "connect is ignored by ISF here: it must come between its section's create"
                        + " and the first pt3dadd"));
            }
        }
    }

    private void create(int n, String line) throws InputFormatException {
        if (state == State.HEADER) {
            throw noPoints();
        }
        requireClosingBrace(line, n);
        String name = sectionName(line, n);
        List<String> labels = IsfLabels.of(line);
        if (labels.size() > 1) {
            throw src.error(n, "'" + name + "' matches several ISF labels " + labels + " (ISF: number of labels does"
                    + " not equal number of point lists); a name may contain only one of soma, dend/BasalDendrite,"
                    + " apical, axon");
        }
        current = null;
        state = State.SKIPPING;
        if (labels.isEmpty()) {
            dropped.put(name, n);
            warnings.add(src.warning(n, "section '" + name + "' is dropped with its points: ISF recognises only names"
                    + " containing soma, dend, BasalDendrite, apical (lower case) or axon"));
            return;
        }
        SectionDraft earlier = byName.get(name);
        if (earlier != null || axons.containsKey(name)) {
            int first = earlier != null ? earlier.createLine() : axons.get(name);
            throw src.error(n, "section '" + name + "' is created a second time (first at line " + first + ")");
        }
        String label = labels.get(0);
        if (label.equals(IsfLabels.AXON)) {
            axons.put(name, n); // ISF skips axons entirely (isf-spec §1.3)
            return;
        }
        current = new SectionDraft(name, Structure.ofLabel(label), n);
        sections.add(current);
        byName.put(name, current);
        state = State.HEADER;
    }

    /** ISF's section name: the second blank-separated token after stripping braces and blanks. */
    private String sectionName(String line, int n) throws InputFormatException {
        String[] tokens = stripBracesAndBlanks(line).split("\\s+");
        if (tokens.length < 2) {
            throw src.error(n, "expected a section name after create");
        }
        String name = tokens[1];
        if (name.contains(",")) {
            throw src.error(n, "expected one section name after create, found a list ('create a, b' is NEURON"
                    + " style, not part of ISF's hoc subset)");
        }
        return name;
    }

    /** ISF's connect: after the first comma, the parent name up to '(' and the position inside '(...)'. */
    private void connect(int n, String line) throws InputFormatException {
        requireClosingBrace(line, n);
        int comma = line.indexOf(',');
        int open = comma < 0 ? -1 : line.indexOf('(', comma);
        int close = open < 0 ? -1 : line.indexOf(')', open);
        if (close < 0) {
            throw src.error(n, "expected connect child(x), parent(y)");
        }
        String parent = line.substring(comma + 1, open).strip();
        if (parent.isEmpty()) {
            throw src.error(n, "expected a parent section name in connect child(x), parent(y)");
        }
        current.connect(parent, HocNumbers.parse(line.substring(open + 1, close), "the parent position", src, n), n);
    }

    private void finish() throws InputFormatException {
        if (state == State.HEADER) {
            throw noPoints(); // rule 5 closes an open point list only if it has points
        }
        if (sections.isEmpty()) {
            throw src.error(0, "no section found: expected create lines naming soma, dend, BasalDendrite or apical"
                    + " sections");
        }
        for (SectionDraft s : sections) {
            if (s.structure() != Structure.SOMA && s.parentName() == null) {
                throw src.error(s.createLine(), "section '" + s.name() + "' has no connect between its create and its"
                        + " first pt3dadd, where ISF reads it (its parent is unknown); connect statements elsewhere"
                        + " are NEURON style (read with hoc mode NEURON)");
            }
        }
    }

    /** A section whose create is followed by another create or the end of the file. */
    private InputFormatException noPoints() {
        return src.error(current.createLine(), "section '" + current.name() + "' has no pt3dadd points before the next"
                + " create or the end of the file (ISF: number of labels does not equal number of point lists;"
                + " truncated file?)");
    }

    /** A statement line that opens a brace must close it: an unclosed one means a cut-off line. */
    private void requireClosingBrace(String line, int n) throws InputFormatException {
        String s = line.strip();
        if (s.startsWith("{") && s.lastIndexOf('}') < 1) {
            throw src.error(n, "expected '}' closing the statement (truncated line?)");
        }
    }

    private static boolean holdsStatement(String text) {
        return text.contains("pt3dadd") || text.contains("create") || text.contains("connect");
    }

    private static String stripBracesAndBlanks(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && "{} \t\r\n".indexOf(line.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && "{} \t\r\n".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return line.substring(start, end);
    }
}
