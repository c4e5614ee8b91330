package org.synmap.shell.gogo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OSGi requirements as a user reads them: {@code package org.synmap.connectome.api [3.0.0,4.0.0)}
 * instead of the resolver's LDAP filter. Unknown shapes are shown as they are.
 */
final class Requirements {
    private static final Pattern PACKAGE = Pattern.compile("\\(osgi\\.wiring\\.package=([^)]+)\\)");
    private static final Pattern BUNDLE = Pattern.compile("\\(osgi\\.wiring\\.bundle=([^)]+)\\)");
    private static final Pattern FLOOR = Pattern.compile("\\((?:version|bundle-version)>=([^)]+)\\)");
    private static final Pattern CEILING = Pattern.compile("\\(!\\((?:version|bundle-version)>=([^)]+)\\)\\)");
    private static final Pattern EXACT = Pattern.compile("\\((?:version|bundle-version)=([^)]+)\\)");
    private static final Pattern EE = Pattern.compile("\\(osgi\\.ee=([^)]+)\\)");
    private static final Pattern EE_VERSION = Pattern.compile("\\(version=([^)]+)\\)");

    private Requirements() {
    }

    /**
     * One requirement in words.
     *
     * @param namespace its namespace, e.g. {@code osgi.wiring.package}
     * @param filter    its filter directive, or null
     */
    static String describe(String namespace, String filter) {
        String f = filter == null ? "" : filter;
        switch (namespace) {
            case "osgi.wiring.package": {
                Matcher p = PACKAGE.matcher(f);
                if (p.find()) {
                    return "package " + p.group(1) + range(f);
                }
                break;
            }
            case "osgi.wiring.bundle": {
                Matcher b = BUNDLE.matcher(f);
                if (b.find()) {
                    return "bundle " + b.group(1) + range(f);
                }
                break;
            }
            case "osgi.ee": {
                Matcher e = EE.matcher(f);
                Matcher v = EE_VERSION.matcher(f);
                if (e.find()) {
                    return "Java runtime " + e.group(1) + (v.find() ? " " + v.group(1) : "");
                }
                break;
            }
            default:
                break;
        }
        return namespace + (f.isEmpty() ? "" : " " + f);
    }

    /** The package a {@code osgi.wiring.package} filter asks for, or null. */
    static String packageOf(String filter) {
        Matcher p = PACKAGE.matcher(filter == null ? "" : filter);
        return p.find() ? p.group(1) : null;
    }

    /** " [a,b)", " [a,∞)" or " a" from version clauses of a filter; empty without one. */
    private static String range(String filter) {
        Matcher exact = EXACT.matcher(filter);
        Matcher floor = FLOOR.matcher(filter);
        Matcher ceiling = CEILING.matcher(filter);
        boolean hasFloor = floor.find();
        boolean hasCeiling = ceiling.find();
        if (hasFloor || hasCeiling) {
            return " [" + (hasFloor ? floor.group(1) : "0.0.0") + "," + (hasCeiling ? ceiling.group(1) + ")" : "∞)");
        }
        return exact.find() ? " " + exact.group(1) : "";
    }

    /** The end (exclusive) of the parenthesised filter starting at {@code start}, or -1. */
    private static int balanced(String s, int start) {
        if (start >= s.length() || s.charAt(start) != '(') {
            return -1;
        }
        int depth = 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The resolver's own explanation without its repeated tail ("Unresolved requirements: …"),
     * with filters in words where they can be.
     */
    static String simplify(String resolverMessage) {
        if (resolverMessage == null) {
            return "";
        }
        String m = resolverMessage;
        int tail = m.indexOf(" Unresolved requirements:");
        if (tail > 0) {
            m = m.substring(0, tail);
        }
        String marker = "osgi.wiring.package; ";
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int at = m.indexOf(marker); at >= 0; at = m.indexOf(marker, from)) {
            int start = at + marker.length();
            int end = balanced(m, start);
            if (end < 0) {
                break;
            }
            out.append(m, from, at).append(describe("osgi.wiring.package", m.substring(start, end)));
            from = end;
        }
        out.append(m.substring(from));
        return out.toString().strip();
    }
}
