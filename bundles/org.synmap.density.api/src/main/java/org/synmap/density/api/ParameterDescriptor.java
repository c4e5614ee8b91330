package org.synmap.density.api;

/** A named parameter a plugin accepts, with its meaning and default (as text). */
public record ParameterDescriptor(String name, String description, String defaultValue) {
}
