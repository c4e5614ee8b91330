package org.synmap.morphology.hoc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Structure;

/**
 * Runs the geometry statements of a NEURON-style hoc file as NEURON's interpreter would:
 * {@code create} (section arrays included), {@code access}, {@code connect}, {@code pt3dclear},
 * {@code pt3dadd}, section blocks and prefixes ({@code dend[3] { ... }}, {@code soma pt3dadd(...)}),
 * simple {@code for i = a, b} loops over pt3dadd-free statements, and procedures, which run
 * where they are called. Sections are kept in creation order, array elements in index order.
 * The current section follows NEURON: the innermost section block or prefix, else the last
 * {@code access}, else the first section created. Statements that do not shape the morphology
 * ({@code nseg}, {@code Ra}, {@code objref} ...) are ignored.
 */
final class NeuronHocParser {
    private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
    private static final String REF = NAME + "\\s*(?:\\[[^\\[\\]]*\\])?";
    /** A section reference: a name with an optional index, and what follows it. */
    private static final Pattern LEAD = Pattern.compile("(" + NAME + ")\\s*(?:\\[([^\\[\\]]*)\\])?\\s*(.*)", Pattern.DOTALL);
    private static final Pattern CONNECT = Pattern.compile(
            "(" + REF + ")\\s*(?:\\(([^()]*)\\))?\\s*,\\s*(?:(" + REF + ")\\s*\\(([^()]*)\\)|([^(),]+))");
    private static final String BOUND = "-?\\d+|" + NAME + "(?:\\s*[+-]\\s*\\d+)?";
    private static final Pattern FOR = Pattern.compile(
            "for\\s+(" + NAME + ")\\s*=\\s*(" + BOUND + ")\\s*,\\s*(" + BOUND + ")(?![\\w\\[(])\\s*(.*)", Pattern.DOTALL);
    private static final Pattern INDEX = Pattern.compile("\\s*(-?\\d+|" + NAME + ")\\s*(?:([+-])\\s*(\\d+))?\\s*");
    private static final Pattern GEOMETRY = Pattern.compile(
            "\\b(create|connect|access|pt3dadd|pt3dclear|pt3dinsert|pt3dchange|pt3dremove|disconnect|delete_section)\\b");
    private static final Set<String> UNSUPPORTED = Set.of("pt3dinsert", "pt3dchange", "pt3dremove", "disconnect",
            "delete_section", "if", "while", "else", "begintemplate", "endtemplate");
    private static final Set<String> DEFINITIONS = Set.of("proc", "func", "obfunc", "iterator");
    private static final int MAX_CALL_DEPTH = 50;
    /** Calls that branch (each calling several others) could multiply without bound below the depth limit. */
    private static final int MAX_CALLS = 100_000;
    private static final int MAX_LOOP_LENGTH = 1_000_000;

    private final HocSource src;
    private final boolean strict;
    private final Progress progress;
    private final Map<String, SectionDraft> created = new LinkedHashMap<>();
    /** Section arrays: name → number of elements. */
    private final Map<String, Integer> arrays = new HashMap<>();
    private final Map<String, Procedure> procedures = new LinkedHashMap<>();
    /** Loop variables in scope. */
    private final Map<String, Integer> loops = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private SectionDraft accessed;
    private int callDepth;
    private int calls;
    /** Procedures running now: calling one of them again is recursion, which expands without end. */
    private final java.util.Set<Procedure> running = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** A procedure: its body, its line, and whether it was called. */
    private static final class Procedure {
        final List<HocStatement> body;
        final int line;
        boolean called;

        Procedure(List<HocStatement> body, int line) {
            this.body = body;
            this.line = line;
        }
    }

    private NeuronHocParser(HocSource src, boolean strict, Progress progress) {
        this.src = src;
        this.strict = strict;
        this.progress = progress;
    }

    /**
     * @param strict refuse sections whose names tell no structure, instead of reading them as Dendrite
     */
    static ParsedHoc parse(HocSource src, boolean strict, Progress progress) throws InputFormatException {
        NeuronHocParser p = new NeuronHocParser(src, strict, progress);
        List<HocStatement> statements = HocStatements.parse(src);
        p.run(statements, null);
        progress.at(src.lineCount() + 1);
        return p.finish();
    }

    /** Runs statements; {@code selected} is the section of the enclosing block or prefix, or null. */
    private void run(List<HocStatement> statements, SectionDraft selected) throws InputFormatException {
        for (HocStatement s : statements) {
            progress.at(s.line());
            if (s instanceof HocStatement.Simple simple) {
                statement(simple.text(), simple.line(), selected);
            } else {
                block((HocStatement.Block) s, selected);
            }
        }
    }

    private void block(HocStatement.Block b, SectionDraft selected) throws InputFormatException {
        String head = b.head();
        int n = b.line();
        if (head.isEmpty()) {
            run(b.body(), selected);
            return;
        }
        Matcher lead = LEAD.matcher(head);
        String word = lead.matches() ? lead.group(1) : "";
        if (DEFINITIONS.contains(word)) {
            define(word, lead.group(3), b, n);
        } else if (word.equals("for")) {
            loop(head, n, b.body(), selected);
        } else if (word.equals("forall") || word.equals("forsec")) {
            skipWholeTree(word, n, b.body());
        } else if (UNSUPPORTED.contains(word)) {
            throw unsupported(word, n);
        } else {
            SectionDraft section = lead.matches() && lead.group(3).isEmpty() ? section(lead, n) : null;
            if (section == null) {
                statement(head, n, selected); // e.g. "x = 1 {": the statement, then a plain block
            }
            run(b.body(), section != null ? section : selected);
        }
    }

    private void statement(String text, int n, SectionDraft selected) throws InputFormatException {
        Matcher lead = LEAD.matcher(text);
        if (!lead.matches()) {
            return; // expressions such as "-1" or "(x)": nothing to do with the geometry
        }
        String word = lead.group(1);
        String rest = lead.group(3).strip();
        boolean indexed = lead.group(2) != null;
        if (!indexed) {
            switch (word) {
                case "create" -> {
                    create(rest, n);
                    return;
                }
                case "access" -> {
                    accessed = requiredSection(rest, n);
                    return;
                }
                case "connect" -> {
                    connect(rest, n, selected);
                    return;
                }
                case "pt3dclear" -> {
                    current(selected, n, "pt3dclear").clearPoints();
                    afterCall(text, n, selected);
                    return;
                }
                case "pt3dadd" -> {
                    double[] xyzd = HocNumbers.pt3dadd(text, src, n);
                    SectionDraft s = current(selected, n, "pt3dadd");
                    if (!s.isAxon()) {
                        s.addPoint(xyzd);
                    }
                    afterCall(text, n, selected);
                    return;
                }
                case "for" -> {
                    loop(text, n, List.of(), selected);
                    return;
                }
                case "forall", "forsec" -> {
                    skipWholeTree(word, n, List.of(new HocStatement.Simple(rest, n)));
                    return;
                }
                case "objref", "objectvar" -> {
                    warnings.add(src.warning(n, word + " " + rest + " is skipped: object variables do not shape the"
                            + " morphology"));
                    return;
                }
                default -> {
                    if (UNSUPPORTED.contains(word) || DEFINITIONS.contains(word)) {
                        throw unsupported(word, n);
                    }
                }
            }
        }
        Procedure p = indexed ? null : procedures.get(word);
        if (p != null && rest.startsWith("(")) {
            call(word, p, n, selected);
            afterCall(text, n, selected);
            return;
        }
        SectionDraft prefix = section(lead, n);
        if (prefix != null && !rest.isEmpty()) {
            statement(rest, n, prefix); // "name statement" runs the statement on that section
        }
    }

    /** Runs what follows a call's closing ')' on the same line, e.g. the second of {@code pt3dadd(...) pt3dadd(...)}. */
    private void afterCall(String text, int n, SectionDraft selected) throws InputFormatException {
        int close = text.indexOf(')');
        if (close >= 0) {
            statement(text.substring(close + 1).strip(), n, selected);
        }
    }

    private void create(String list, int n) throws InputFormatException {
        for (String raw : list.split(",", -1)) {
            Matcher m = LEAD.matcher(raw.strip());
            if (!m.matches() || !m.group(3).isEmpty()) {
                throw src.error(n, "expected a section name or name[size] after create, found '" + raw.strip() + "'");
            }
            String name = m.group(1);
            if (created.containsKey(name) || arrays.containsKey(name)) {
                throw src.error(n, "section '" + name + "' is created a second time (first at line "
                        + firstLine(name) + ")");
            }
            Structure structure = structure(name, n);
            if (m.group(2) == null) {
                created.put(name, new SectionDraft(name, structure, n));
                continue;
            }
            int size = index(m.group(2), n);
            if (size < 1) {
                throw src.error(n, "expected a section array size of at least 1 in create " + name + "[...], found "
                        + size);
            }
            arrays.put(name, size);
            for (int i = 0; i < size; i++) {
                String element = name + "[" + i + "]";
                created.put(element, new SectionDraft(element, structure, n));
            }
        }
    }

    private int firstLine(String name) {
        SectionDraft s = created.containsKey(name) ? created.get(name) : created.get(name + "[0]");
        return s.createLine();
    }

    /** The label of a created name, ignoring case; null for an axon. */
    private Structure structure(String name, int n) throws InputFormatException {
        if (NeuronLabels.isAxon(name)) {
            return null;
        }
        Structure s = NeuronLabels.of(name);
        if (s != null) {
            return s;
        }
        if (strict) {
            throw src.error(n, "cannot tell the structure of section '" + name + "' from its name: expected it to"
                    + " contain soma, dend, basal, apic or axon (any case); strict mode refuses other names");
        }
        warnings.add(src.warning(n, "section '" + name + "' is read as Dendrite: its name contains none of soma, dend,"
                + " basal, apic, axon"));
        return Structure.DENDRITE;
    }

    private void connect(String args, int n, SectionDraft selected) throws InputFormatException {
        Matcher m = CONNECT.matcher(args);
        if (!m.matches()) {
            throw src.error(n, "expected connect child(x), parent(y) or connect child(x), y");
        }
        SectionDraft child = requiredSection(m.group(1), n);
        SectionDraft parent = m.group(3) != null ? requiredSection(m.group(3), n)
                : current(selected, n, "connect child(x), y");
        String position = m.group(3) != null ? m.group(4) : m.group(5);
        double parentX = HocNumbers.parse(position, "the parent position", src, n);
        if (m.group(2) != null && HocNumbers.parse(m.group(2), "the child end", src, n) != 0.0) {
            warnings.add(src.warning(n, "connect joins the " + m.group(2).strip() + " end of '" + child.name()
                    + "' to its parent; its points are kept in traced order"));
        }
        if (child.parentName() != null) {
            warnings.add(src.warning(n, "section '" + child.name() + "' is connected a second time (first to '"
                    + child.parentName() + "' at line " + child.connectLine() + "); as in NEURON, this connect"
                    + " replaces the first"));
        }
        child.connect(parent.name(), parentX, n);
    }

    /** {@code for i = a, b body}, bounds inclusive as in NEURON; the body must not add points. */
    private void loop(String header, int n, List<HocStatement> block, SectionDraft selected) throws InputFormatException {
        Matcher m = FOR.matcher(header);
        if (!m.matches()) {
            throw src.error(n, "expected a simple loop 'for i = first, last' with integer bounds");
        }
        String variable = m.group(1);
        int first = index(m.group(2), n);
        int last = index(m.group(3), n);
        String tail = m.group(4).strip();
        if (last - (long) first >= MAX_LOOP_LENGTH) {
            throw src.error(n, "expected a loop of fewer than " + MAX_LOOP_LENGTH + " steps");
        }
        List<HocStatement> body = new ArrayList<>();
        if (!tail.isEmpty()) {
            body.add(new HocStatement.Simple(tail, n));
        }
        if (!block.isEmpty()) {
            body = List.of(new HocStatement.Block(tail, n, block));
        }
        requireNo("pt3dadd", body, "a for loop (expected loops over pt3dadd-free statements only)");
        Integer outer = loops.get(variable);
        for (int i = first; i <= last; i++) {
            loops.put(variable, i);
            run(body, selected);
        }
        if (outer == null) {
            loops.remove(variable);
        } else {
            loops.put(variable, outer);
        }
    }

    private void define(String kind, String rest, HocStatement.Block b, int n) throws InputFormatException {
        Matcher m = LEAD.matcher(rest);
        if (!m.matches()) {
            throw src.error(n, "expected a name after " + kind);
        }
        String name = m.group(1);
        if (!kind.equals("proc")) {
            if (touchesGeometry(b.body())) {
                throw src.error(n, kind + " " + name + " changes the geometry; only proc procedures may (and run where"
                        + " they are called)");
            }
            warnings.add(src.warning(n, kind + " " + name + " is skipped: it does not touch the geometry"));
            return;
        }
        procedures.put(name, new Procedure(b.body(), n));
    }

    private void call(String name, Procedure p, int n, SectionDraft selected) throws InputFormatException {
        p.called = true;
        if (!touchesGeometry(p.body)) {
            return; // its statements would all be ignored; running them could only trip over control flow
        }
        if (running.contains(p)) {
            throw src.error(n, "procedure " + name + "() calls itself (directly or through other procedures);"
                    + " expected no recursion in a morphology file");
        }
        if (++callDepth > MAX_CALL_DEPTH) {
            throw src.error(n, "procedure calls nest deeper than " + MAX_CALL_DEPTH + " at " + name + "()");
        }
        if (++calls > MAX_CALLS) {
            throw src.error(n, "more than " + MAX_CALLS + " procedure calls; expected a morphology file to build its"
                    + " sections with fewer");
        }
        running.add(p);
        run(p.body, selected);
        running.remove(p);
        callDepth--;
    }

    /** forall and forsec blocks run over every section: allowed only where they leave the geometry alone. */
    private void skipWholeTree(String word, int n, List<HocStatement> body) throws InputFormatException {
        if (touchesGeometry(body)) {
            throw src.error(n, word + " changes the geometry here; expected " + word + " only for properties such as"
                    + " nseg or Ra");
        }
    }

    private void requireNo(String word, List<HocStatement> body, String where) throws InputFormatException {
        Pattern p = Pattern.compile("\\b" + word + "\\b");
        for (HocStatement s : body) {
            String text = s instanceof HocStatement.Simple simple ? simple.text() : ((HocStatement.Block) s).head();
            if (p.matcher(text).find()) {
                throw src.error(s.line(), word + " inside " + where);
            }
            if (s instanceof HocStatement.Block b) {
                requireNo(word, b.body(), where);
            }
        }
    }

    /** Whether the statements change the geometry, directly or through the procedures they call. */
    private boolean touchesGeometry(List<HocStatement> body) {
        return touchesGeometry(body, new HashSet<>());
    }

    private boolean touchesGeometry(List<HocStatement> body, Set<String> visiting) {
        for (HocStatement s : body) {
            String text = s instanceof HocStatement.Simple simple ? simple.text() : ((HocStatement.Block) s).head();
            if (GEOMETRY.matcher(text).find() || callsGeometry(text, visiting)
                    || s instanceof HocStatement.Block b && touchesGeometry(b.body(), visiting)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text calls a known procedure that changes the geometry ({@code visiting} breaks recursion). */
    private boolean callsGeometry(String text, Set<String> visiting) {
        for (Map.Entry<String, Procedure> e : procedures.entrySet()) {
            String name = e.getKey();
            if (!visiting.contains(name) && Pattern.compile("\\b" + name + "\\s*\\(").matcher(text).find()) {
                visiting.add(name);
                boolean touches = touchesGeometry(e.getValue().body, visiting);
                visiting.remove(name);
                if (touches) {
                    return true;
                }
            }
        }
        return false;
    }

    private InputFormatException unsupported(String word, int n) {
        return src.error(n, "'" + word + "' is not supported in morphology files: expected create, connect, access,"
                + " pt3dclear, pt3dadd, section blocks, simple for loops and procedures");
    }

    /** The section a reference names, or null when its name is no section (then it is some other statement). */
    private SectionDraft section(Matcher lead, int n) throws InputFormatException {
        String name = lead.group(1);
        String index = lead.group(2);
        Integer size = arrays.get(name);
        if (size == null) {
            if (index != null && created.containsKey(name)) {
                throw src.error(n, "'" + name + "' is not a section array; expected " + name + " without [...]");
            }
            return index == null ? created.get(name) : null;
        }
        int i = index == null ? 0 : index(index, n); // NEURON: an array name alone is its element 0
        if (i < 0 || i >= size) {
            throw src.error(n, "index " + i + " is outside the section array " + name + "[" + size + "]");
        }
        return created.get(name + "[" + i + "]");
    }

    private SectionDraft requiredSection(String ref, int n) throws InputFormatException {
        Matcher m = LEAD.matcher(ref.strip());
        SectionDraft s = m.matches() && m.group(3).isEmpty() ? section(m, n) : null;
        if (s == null) {
            throw src.error(n, "unknown section '" + ref.strip() + "' (not created before this line)");
        }
        return s;
    }

    /** Decimal digits as an int; more than an int holds is an error, not an exception. */
    private int integer(String digits, int n) throws InputFormatException {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw src.error(n, "expected an integer of at most 10 digits (an array size or index), found '" + digits + "'");
        }
    }

    /** An integer, a loop variable, or a loop variable plus or minus an integer. */
    private int index(String text, int n) throws InputFormatException {
        Matcher m = INDEX.matcher(text);
        if (!m.matches()) {
            throw src.error(n, "expected an integer or loop variable (plus or minus an integer), found '" + text.strip()
                    + "'");
        }
        int base;
        if (m.group(1).matches("-?\\d+")) {
            base = integer(m.group(1), n);
        } else {
            Integer v = loops.get(m.group(1));
            if (v == null) {
                throw src.error(n, "expected an integer or the variable of an enclosing for loop, found '" + m.group(1)
                        + "'");
            }
            base = v;
        }
        if (m.group(2) == null) {
            return base;
        }
        int offset = integer(m.group(3), n);
        return m.group(2).equals("+") ? base + offset : base - offset;
    }

    private SectionDraft current(SectionDraft selected, int n, String what) throws InputFormatException {
        SectionDraft cas = selected != null ? selected : accessed;
        if (cas == null && !created.isEmpty()) {
            cas = created.values().iterator().next();
        }
        if (cas == null) {
            throw src.error(n, what + " before any section is created");
        }
        return cas;
    }

    private ParsedHoc finish() throws InputFormatException {
        for (Map.Entry<String, Procedure> e : procedures.entrySet()) {
            Procedure p = e.getValue();
            if (!touchesGeometry(p.body)) {
                warnings.add(src.warning(p.line, "proc " + e.getKey() + " is skipped: it does not touch the geometry"));
            } else if (!p.called) {
                warnings.add(src.warning(p.line, "proc " + e.getKey() + " shapes sections but is never called; as in"
                        + " NEURON, its statements do not run"));
            }
        }
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
        return new ParsedHoc(kept, axons, Map.of(), warnings);
    }
}
