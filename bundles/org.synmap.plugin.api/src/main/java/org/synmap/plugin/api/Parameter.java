package org.synmap.plugin.api;

import java.util.List;
import java.util.Objects;

/**
 * One parameter a plugin accepts: its name, type, default, meaning and, for choices, the allowed
 * values. Plugins list them; the engine checks and converts what a user gives against them
 * ({@link Parameters#parse}) before the plugin sees anything, and shows them in {@code --help}.
 *
 * @param name         the name users give ({@code --param name=value})
 * @param type         how the value is read
 * @param defaultValue the value when none is given, as text; null when there is none (the parameter
 *                     is then absent unless given, or required when {@code mandatory})
 * @param description  one line saying what it changes
 * @param allowed      the only values accepted (for {@link Type#CHOICE}); empty otherwise
 * @param mandatory    whether a user must give it
 */
public record Parameter(String name, Type type, String defaultValue, String description, List<String> allowed,
        boolean mandatory) {

    /** How a parameter's text is read. */
    public enum Type {
        /** Any text. */
        TEXT,
        /** One of {@link Parameter#allowed()}. */
        CHOICE,
        /** A whole number (64-bit). */
        INTEGER,
        /** A finite decimal number. */
        DECIMAL,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A file system path. */
        PATH
    }

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        allowed = List.copyOf(allowed);
        if (type == Type.CHOICE && allowed.isEmpty()) {
            throw new IllegalArgumentException("choice parameter '" + name + "' needs allowed values");
        }
        if (type != Type.CHOICE && !allowed.isEmpty()) {
            throw new IllegalArgumentException("only choice parameters have allowed values ('" + name + "')");
        }
        if (mandatory && defaultValue != null) {
            throw new IllegalArgumentException("mandatory parameter '" + name + "' cannot have a default");
        }
    }

    /** This parameter, which a user must give (it loses its default). */
    public Parameter asMandatory() {
        return new Parameter(name, type, null, description, allowed, true);
    }

    /** A text parameter. */
    public static Parameter text(String name, String defaultValue, String description) {
        return new Parameter(name, Type.TEXT, defaultValue, description, List.of(), false);
    }

    /** A parameter that takes one of {@code allowed}. */
    public static Parameter choice(String name, String defaultValue, String description, String... allowed) {
        return new Parameter(name, Type.CHOICE, defaultValue, description, List.of(allowed), false);
    }

    /** A whole-number parameter. */
    public static Parameter integer(String name, Long defaultValue, String description) {
        return new Parameter(name, Type.INTEGER, defaultValue == null ? null : defaultValue.toString(), description,
                List.of(), false);
    }

    /** A decimal parameter. */
    public static Parameter decimal(String name, Double defaultValue, String description) {
        return new Parameter(name, Type.DECIMAL, defaultValue == null ? null : defaultValue.toString(), description,
                List.of(), false);
    }

    /** A true/false parameter. */
    public static Parameter bool(String name, boolean defaultValue, String description) {
        return new Parameter(name, Type.BOOLEAN, Boolean.toString(defaultValue), description, List.of(), false);
    }

    /** A path parameter. */
    public static Parameter path(String name, String defaultValue, String description) {
        return new Parameter(name, Type.PATH, defaultValue, description, List.of(), false);
    }

    /** What a value must look like, for help texts and error messages. */
    public String expected() {
        return switch (type) {
            case TEXT -> "text";
            case CHOICE -> "one of " + String.join(", ", allowed);
            case INTEGER -> "a whole number";
            case DECIMAL -> "a finite decimal number";
            case BOOLEAN -> "true or false";
            case PATH -> "a path";
        };
    }
}
