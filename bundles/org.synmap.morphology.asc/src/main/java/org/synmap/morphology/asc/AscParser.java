package org.synmap.morphology.asc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

import org.synmap.format.text.Decimals;
import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Section;

/**
 * Splits a Neurolucida ASC file into S-expressions: {@code ( )} lists, spines {@code < >},
 * numbers, bare words, quoted strings, {@code |} and {@code ,}; {@code ;} starts a comment that
 * runs to the line end.
 */
final class AscParser {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final String DELIMITERS = "()<>|,;\"";

    private final String file;
    private final Deque<Open> open = new ArrayDeque<>();

    /** An open list or spine: its items so far and the line of its opening mark. */
    private record Open(List<AscNode> items, int line, boolean spine) {
    }

    private AscParser(String file) {
        this.file = file;
        open.push(new Open(new ArrayList<>(), 0, false));
    }

    /** The top-level nodes of the file. */
    static List<AscNode> parse(List<String> lines, String file) throws InputFormatException {
        AscParser p = new AscParser(file);
        for (int n = 1; n <= lines.size(); n++) {
            p.line(lines.get(n - 1), n);
        }
        if (p.open.size() > 1) {
            Open o = p.open.peek();
            throw new InputFormatException(file, o.line(), "expected '" + (o.spine() ? ">" : ")") + "' closing this '"
                    + (o.spine() ? "<" : "(") + "' before the end of the file (unbalanced parentheses or truncated file)");
        }
        return p.open.peek().items();
    }

    private void line(String line, int n) throws InputFormatException {
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ';') {
                return;
            }
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (c == '(' || c == '<') {
                open.push(new Open(new ArrayList<>(), n, c == '<'));
                i++;
            } else if (c == ')' || c == '>') {
                close(c == '>', n);
                i++;
            } else if (c == '|') {
                add(new AscNode.Atom(AscNode.Kind.BAR, "|", 0, n));
                i++;
            } else if (c == ',') {
                add(new AscNode.Atom(AscNode.Kind.COMMA, ",", 0, n));
                i++;
            } else if (c == '"') {
                int end = line.indexOf('"', i + 1);
                if (end < 0) {
                    throw new InputFormatException(file, n, "expected '\"' closing the string");
                }
                add(new AscNode.Atom(AscNode.Kind.STRING, line.substring(i + 1, end), 0, n));
                i = end + 1;
            } else {
                int end = i;
                while (end < line.length() && !Character.isWhitespace(line.charAt(end))
                        && DELIMITERS.indexOf(line.charAt(end)) < 0) {
                    end++;
                }
                word(line.substring(i, end), n);
                i = end;
            }
        }
    }

    private void word(String w, int n) throws InputFormatException {
        if (NUMBER.matcher(w).matches()) {
            try {
                add(new AscNode.Atom(AscNode.Kind.NUMBER, w, Decimals.parseBounded(w, "a coordinate", Section.MAX_COORDINATE), n));
            } catch (NumberFormatException e) {
                throw new InputFormatException(file, n, e.getMessage());
            }
        } else {
            add(new AscNode.Atom(AscNode.Kind.LABEL, w, 0, n));
        }
    }

    private void close(boolean spine, int n) throws InputFormatException {
        if (open.size() == 1) {
            throw new InputFormatException(file, n, "expected no '" + (spine ? ">" : ")") + "' here: nothing is open"
                    + " (unbalanced parentheses)");
        }
        Open o = open.pop();
        if (o.spine() != spine) {
            throw new InputFormatException(file, n, "expected '" + (o.spine() ? ">" : ")") + "' closing the '"
                    + (o.spine() ? "<" : "(") + "' of line " + o.line() + ", found '" + (spine ? ">" : ")") + "'");
        }
        add(spine ? new AscNode.Spine(o.line()) : new AscNode.ListNode(List.copyOf(o.items()), o.line()));
    }

    private void add(AscNode node) {
        open.peek().items().add(node);
    }
}
