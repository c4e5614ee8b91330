package org.synmap.plugin.api;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plugin's parameter values, checked against its {@link Parameter} list and converted to their
 * types: what a plugin receives instead of a map of strings. Every parameter it declares has a
 * value here (the user's, else the default), so a plugin never falls back on its own.
 */
public final class Parameters {
    private final String plugin;
    private final Map<String, Parameter> declared;
    private final Map<String, Object> values;

    private Parameters(String plugin, Map<String, Parameter> declared, Map<String, Object> values) {
        this.plugin = plugin;
        this.declared = declared;
        this.values = values;
    }

    /** No parameters at all, for plugins that declare none. */
    public static Parameters none(String plugin) {
        return new Parameters(plugin, Map.of(), Map.of());
    }

    /**
     * Checks {@code given} against {@code declared} and converts every value.
     *
     * @param plugin   the plugin's name, for messages
     * @param declared what the plugin accepts
     * @param given    what the user gave, by name
     * @throws IllegalArgumentException naming the plugin and the parameter: an unknown name, a
     *                                  missing required parameter, or a value of the wrong type
     */
    public static Parameters parse(String plugin, List<Parameter> declared, Map<String, String> given) {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        for (Parameter p : declared) {
            if (byName.put(p.name(), p) != null) {
                throw new IllegalArgumentException(plugin + ": declares parameter '" + p.name() + "' twice");
            }
        }
        for (String name : given.keySet()) {
            if (!byName.containsKey(name)) {
                throw new IllegalArgumentException(plugin + ": unknown parameter '" + name + "'; "
                        + (byName.isEmpty() ? "it takes none" : "valid parameters: " + String.join(", ", byName.keySet())));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Parameter p : byName.values()) {
            String text = given.get(p.name());
            if (text == null) {
                if (p.mandatory()) {
                    throw new IllegalArgumentException(plugin + ": parameter '" + p.name() + "' is required ("
                            + p.description() + "; " + p.expected() + ")");
                }
                text = p.defaultValue();
            }
            if (text != null) {
                values.put(p.name(), convert(plugin, p, text));
            }
        }
        return new Parameters(plugin, Collections.unmodifiableMap(byName), Collections.unmodifiableMap(values));
    }

    private static Object convert(String plugin, Parameter p, String text) {
        String t = text.trim();
        try {
            switch (p.type()) {
                case TEXT:
                    return text;
                case CHOICE:
                    if (p.allowed().contains(t)) {
                        return t;
                    }
                    break;
                case INTEGER:
                    return Long.parseLong(t);
                case DECIMAL:
                    double d = Double.parseDouble(t);
                    if (Double.isFinite(d) && !t.toLowerCase(Locale.ROOT).matches(".*[a-z&&[^e]].*")) {
                        return d;
                    }
                    break;
                case BOOLEAN:
                    if (t.equals("true") || t.equals("false")) {
                        return Boolean.valueOf(t);
                    }
                    break;
                case PATH:
                    if (!t.isEmpty()) {
                        return Path.of(t);
                    }
                    break;
                default:
                    throw new IllegalStateException(p.type().toString());
            }
        } catch (NumberFormatException | InvalidPathException e) {
            // reported below
        }
        throw new IllegalArgumentException(plugin + ": parameter '" + p.name() + "': expected " + p.expected()
                + ", got '" + text + "'");
    }

    /** The plugin these values belong to. */
    public String plugin() {
        return plugin;
    }

    /** Whether the parameter has a value (given, or by default). */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** A text or choice parameter's value, or null when it is absent. */
    public String text(String name) {
        return (String) value(name, Parameter.Type.TEXT, Parameter.Type.CHOICE);
    }

    /** An integer parameter's value; it must have one. */
    public long integer(String name) {
        return (Long) present(name, value(name, Parameter.Type.INTEGER));
    }

    /** A decimal parameter's value; it must have one. */
    public double decimal(String name) {
        return (Double) present(name, value(name, Parameter.Type.DECIMAL));
    }

    /** A boolean parameter's value; it must have one. */
    public boolean bool(String name) {
        return (Boolean) present(name, value(name, Parameter.Type.BOOLEAN));
    }

    private Object present(String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(plugin + ": parameter '" + name + "' has no value");
        }
        return value;
    }

    /** A path parameter's value, or null when it is absent. */
    public Path path(String name) {
        return (Path) value(name, Parameter.Type.PATH);
    }

    private Object value(String name, Parameter.Type... types) {
        Parameter p = declared.get(name);
        if (p == null) {
            throw new IllegalArgumentException(plugin + " has no parameter '" + name + "'");
        }
        for (Parameter.Type t : types) {
            if (p.type() == t) {
                return values.get(name);
            }
        }
        throw new IllegalArgumentException(plugin + ": parameter '" + name + "' is " + p.type() + ", not "
                + List.of(types));
    }

    /** Every value as text, by name in sorted order: what a run records. */
    public Map<String, String> asText() {
        Map<String, String> out = new TreeMap<>();
        values.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    /** The declared parameters, in declaration order. */
    public List<Parameter> declared() {
        return new ArrayList<>(declared.values());
    }

    @Override
    public String toString() {
        return plugin + asText();
    }
}
