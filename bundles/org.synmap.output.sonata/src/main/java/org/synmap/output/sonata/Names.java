package org.synmap.output.sonata;

/**
 * The names a SONATA circuit of one embedding uses.
 *
 * @param source     the presynaptic node population: the connectome model's name
 * @param target     the embedded neuron's node population
 * @param morphology the morphology's name, without extension (the node's {@code morphology})
 */
record Names(String source, String target, String morphology) {
    static final String TARGET = "embedded";

    /** SONATA names: the model's name with characters other than letters, digits and '_' replaced by '_'. */
    static Names of(String model, String morphologyName) {
        String stem = morphologyName.replaceFirst("\\.[A-Za-z0-9]+$", "");
        String source = model.replaceAll("[^A-Za-z0-9_]", "_");
        return new Names(source.equals(TARGET) ? source + "_presynaptic" : source, TARGET, stem);
    }

    /** The edge population, {@code <source>__<target>__chemical} (sonata-extension). */
    String edges() {
        return source + "__" + target + "__chemical";
    }
}
