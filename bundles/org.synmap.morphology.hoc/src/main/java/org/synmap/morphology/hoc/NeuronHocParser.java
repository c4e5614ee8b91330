package org.synmap.morphology.hoc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Structure;

/**
 * NEURON-style hoc files: statements separated by line ends, {@code ;} and braces; line and
 * block comments anywhere; {@code create a, b}; {@code access}; blocks and statements prefixed
 * by a section name ({@code soma { pt3dadd(...) }}, {@code soma pt3dadd(...)});
 * {@code connect child(x), parent(y)} or {@code connect child(x), y} (parent = current section)
 * anywhere once both sections exist. The current section follows NEURON: the innermost section
 * block, else the last {@code access}, else the first section created. Statements that do not
 * shape the morphology ({@code nseg}, {@code strdef} ...) are ignored, and procedure bodies are
 * read in place, as if called once. Section arrays ({@code dend[3]}) are refused.
 */
final class NeuronHocParser {
    private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
    private static final Pattern STATEMENT = Pattern.compile("(" + NAME + ")\\s*(.*)", Pattern.DOTALL);
    private static final Pattern CONNECT = Pattern.compile(
            "(" + NAME + ")\\s*(?:\\(([^()]*)\\))?\\s*,\\s*(?:(" + NAME + ")\\s*\\(([^()]*)\\)|([^(),]+))");

    private final HocSource src;
    private final Map<String, SectionDraft> created = new LinkedHashMap<>();
    /** Open brace blocks, innermost first. */
    private final Deque<Block> blocks = new ArrayDeque<>();
    private SectionDraft accessed;
    /** A section named alone in the last statement: a '{' at the start of the next line opens its block. */
    private SectionDraft namedAlone;

    /** An open brace: the section it selects (or null) and its line. */
    private record Block(SectionDraft section, int line) {
    }

    private NeuronHocParser(HocSource src) {
        this.src = src;
    }

    static ParsedHoc parse(HocSource src) throws InputFormatException {
        NeuronHocParser p = new NeuronHocParser(src);
        p.scan();
        return p.finish();
    }

    /** Splits the text into statements, dropping comments and honouring strings. */
    private void scan() throws InputFormatException {
        int commentLine = 0;
        for (int n = 1; n <= src.lineCount(); n++) {
            String line = src.line(n);
            StringBuilder statement = new StringBuilder();
            boolean inString = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (commentLine > 0) {
                    if (line.startsWith("*/", i)) {
                        commentLine = 0;
                        i++;
                    }
                } else if (inString) {
                    statement.append(c);
                    inString = c != '"';
                } else if (line.startsWith("//", i)) {
                    break;
                } else if (line.startsWith("/*", i)) {
                    commentLine = n;
                    i++;
                } else if (c == '"') {
                    statement.append(c);
                    inString = true;
                } else if (c == '{') {
                    open(statement.toString().strip(), n);
                    statement.setLength(0);
                } else if (c == '}') {
                    execute(statement.toString(), n, current());
                    statement.setLength(0);
                    if (blocks.isEmpty()) {
                        throw src.error(n, "unbalanced '}': no block is open");
                    }
                    blocks.pop();
                } else if (c == ';') {
                    execute(statement.toString(), n, current());
                    statement.setLength(0);
                } else {
                    statement.append(c);
                }
            }
            if (inString) {
                throw src.error(n, "expected '\"' closing the string (truncated line?)");
            }
            execute(statement.toString(), n, current());
        }
        if (commentLine > 0) {
            throw src.error(commentLine, "this /* comment is never closed (truncated file?)");
        }
        if (!blocks.isEmpty()) {
            throw src.error(blocks.peek().line(), "this '{' is never closed (truncated file?)");
        }
    }

    /** A '{' after a section name selects that section for the block; other text before it is a statement. */
    private void open(String before, int n) throws InputFormatException {
        SectionDraft selected = before.isEmpty() ? namedAlone : created.get(before);
        if (selected == null) {
            execute(before, n, current());
        }
        namedAlone = null;
        blocks.push(new Block(selected, n));
    }

    /** NEURON's currently accessed section: the innermost section block, else the last access, else the first created. */
    private SectionDraft current() {
        for (Block b : blocks) {
            if (b.section() != null) {
                return b.section();
            }
        }
        if (accessed != null) {
            return accessed;
        }
        return created.isEmpty() ? null : created.values().iterator().next();
    }

    private void execute(String text, int n, SectionDraft cas) throws InputFormatException {
        String statement = text.strip();
        if (statement.isEmpty()) {
            return;
        }
        namedAlone = created.get(statement);
        Matcher m = STATEMENT.matcher(statement);
        if (!m.matches()) {
            return;
        }
        String word = m.group(1);
        String rest = m.group(2).strip();
        switch (word) {
            case "create" -> create(rest, n);
            case "access" -> accessed = known(rest, n);
            case "connect" -> connect(rest, n, cas);
            case "pt3dclear" -> {
                selected(cas, n, "pt3dclear").clearPoints();
                executeAfterCall(statement, n, cas);
            }
            case "pt3dadd" -> {
                double[] xyzd = HocNumbers.pt3dadd(statement, src, n);
                SectionDraft s = selected(cas, n, "pt3dadd");
                if (!s.isAxon()) {
                    s.addPoint(xyzd);
                }
                executeAfterCall(statement, n, cas);
            }
            default -> {
                SectionDraft prefix = created.get(word);
                if (prefix != null && !rest.isEmpty()) {
                    execute(rest, n, prefix); // "name statement" runs the statement on that section
                }
            }
        }
    }

    /** Runs what follows a call's closing ')' on the same line, e.g. the second of {@code pt3dadd(...) pt3dadd(...)}. */
    private void executeAfterCall(String statement, int n, SectionDraft cas) throws InputFormatException {
        int close = statement.indexOf(')');
        if (close >= 0) {
            execute(statement.substring(close + 1), n, cas);
        }
    }

    private void create(String list, int n) throws InputFormatException {
        for (String raw : list.split(",", -1)) {
            String name = raw.strip();
            if (name.contains("[")) {
                throw src.error(n, "section arrays such as '" + name + "' are not supported; give each section its own name");
            }
            if (!name.matches(NAME)) {
                throw src.error(n, "expected a section name after create, found '" + name + "'");
            }
            if (created.containsKey(name)) {
                throw src.error(n, "section '" + name + "' is created a second time (first at line "
                        + created.get(name).createLine() + ")");
            }
            Structure structure = NeuronLabels.isAxon(name) ? null : NeuronLabels.of(name);
            if (structure == null && !NeuronLabels.isAxon(name)) {
                throw src.error(n, "cannot tell the structure of section '" + name + "' from its name: expected it to"
                        + " contain soma, dend, basal, apic or axon (any case)");
            }
            created.put(name, new SectionDraft(name, structure, n));
        }
    }

    private void connect(String args, int n, SectionDraft cas) throws InputFormatException {
        Matcher m = CONNECT.matcher(args);
        if (!m.matches()) {
            throw src.error(n, "expected connect child(x), parent(y) or connect child(x), y");
        }
        SectionDraft child = known(m.group(1), n);
        SectionDraft parent = m.group(3) != null ? known(m.group(3), n) : selected(cas, n, "connect child(x), y");
        String position = m.group(3) != null ? m.group(4) : m.group(5);
        child.connect(parent.name(), HocNumbers.parse(position, "the parent position", src, n), n);
    }

    private SectionDraft known(String name, int n) throws InputFormatException {
        SectionDraft s = created.get(name.strip());
        if (s == null) {
            throw src.error(n, "unknown section '" + name.strip() + "' (not created before this line)");
        }
        return s;
    }

    private SectionDraft selected(SectionDraft cas, int n, String what) throws InputFormatException {
        if (cas == null) {
            throw src.error(n, what + " before any section is created");
        }
        return cas;
    }

    private ParsedHoc finish() throws InputFormatException {
        List<SectionDraft> kept = new ArrayList<>();
        Map<String, Integer> axons = new LinkedHashMap<>();
        for (SectionDraft s : created.values()) {
            if (s.isAxon()) {
                axons.put(s.name(), s.createLine());
                continue;
            }
            if (s.pointCount() == 0) {
                throw src.error(s.createLine(), "section '" + s.name() + "' has no pt3dadd points (truncated file?)");
            }
            if (s.structure() != Structure.SOMA && s.parentName() == null) {
                throw src.error(s.createLine(), "section '" + s.name() + "' is never connected to a parent");
            }
            kept.add(s);
        }
        if (kept.isEmpty()) {
            throw src.error(0, "no section found: expected create statements naming soma, dendrite or apical sections");
        }
        return new ParsedHoc(kept, axons, Map.of(), List.of());
    }
}
