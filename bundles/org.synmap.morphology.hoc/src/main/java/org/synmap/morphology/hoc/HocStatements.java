package org.synmap.morphology.hoc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

import org.synmap.morphology.api.InputFormatException;

/**
 * Splits a NEURON-style hoc file into a tree of statements: statements end at line ends,
 * {@code ;} and braces; {@code //} and {@code /* *}{@code /} comments are dropped anywhere;
 * strings are kept whole. A {@code '{'} opening a line after a header line ({@code dend[2]},
 * {@code proc f()}, {@code for i = 0, 3}) belongs to that header, as in NEURON's grammar.
 */
final class HocStatements {
    /** Lines that may take their block from the next line. */
    private static final Pattern HEADER = Pattern.compile(
            "[A-Za-z_][A-Za-z0-9_]*\\s*(\\[[^\\[\\]]*\\])?|(proc|func|obfunc|iterator|for|forall|forsec|if|while|else)\\b.*",
            Pattern.DOTALL);

    private final HocSource src;
    private final Deque<OpenBlock> open = new ArrayDeque<>();

    private record OpenBlock(String head, int line, List<HocStatement> body) {
    }

    private HocStatements(HocSource src) {
        this.src = src;
        open.push(new OpenBlock("", 0, new ArrayList<>()));
    }

    static List<HocStatement> parse(HocSource src) throws InputFormatException {
        return new HocStatements(src).scan();
    }

    private List<HocStatement> scan() throws InputFormatException {
        int commentLine = 0;
        for (int n = 1; n <= src.lineCount(); n++) {
            String line = src.line(n);
            StringBuilder text = new StringBuilder();
            boolean inString = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (commentLine > 0) {
                    if (line.startsWith("*/", i)) {
                        commentLine = 0;
                        i++;
                    }
                } else if (inString) {
                    text.append(c);
                    inString = c != '"';
                } else if (line.startsWith("//", i)) {
                    break;
                } else if (line.startsWith("/*", i)) {
                    commentLine = n;
                    i++;
                } else if (c == '"') {
                    text.append(c);
                    inString = true;
                } else if (c == '{') {
                    openBlock(text.toString().strip(), n);
                    text.setLength(0);
                } else if (c == '}') {
                    add(text, n);
                    if (open.size() == 1) {
                        throw src.error(n, "unbalanced '}': no block is open");
                    }
                    OpenBlock done = open.pop();
                    open.peek().body().add(new HocStatement.Block(done.head(), done.line(), List.copyOf(done.body())));
                } else if (c == ';') {
                    add(text, n);
                } else {
                    text.append(c);
                }
            }
            if (inString) {
                throw src.error(n, "expected '\"' closing the string (truncated line?)");
            }
            add(text, n);
        }
        if (commentLine > 0) {
            throw src.error(commentLine, "this /* comment is never closed (truncated file?)");
        }
        if (open.size() > 1) {
            throw src.error(open.peek().line(), "this '{' is never closed (truncated file?)");
        }
        return List.copyOf(open.peek().body());
    }

    private void add(StringBuilder text, int n) {
        String s = text.toString().strip();
        text.setLength(0);
        if (!s.isEmpty()) {
            open.peek().body().add(new HocStatement.Simple(s, n));
        }
    }

    /** A bare '{' takes the previous statement as its head when that is a header standing alone on its line. */
    private void openBlock(String head, int n) {
        List<HocStatement> body = open.peek().body();
        int line = n;
        if (head.isEmpty() && !body.isEmpty() && body.get(body.size() - 1) instanceof HocStatement.Simple previous
                && HEADER.matcher(previous.text()).matches()) {
            body.remove(body.size() - 1);
            head = previous.text();
            line = previous.line();
        }
        open.push(new OpenBlock(head, line, new ArrayList<>()));
    }
}
