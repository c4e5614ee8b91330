package org.synmap.plugin.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Describes a plugin as OSGi service properties: put it beside {@code @Component} and bnd turns
 * it into the properties {@code synmap.plugin.kind}, {@code synmap.plugin.name},
 * {@code synmap.plugin.extensions} and {@code synmap.plugin.description}. The engine tracks
 * every service that has {@code synmap.plugin.kind} and selects among them with filters on
 * these properties; where two plugins claim one name or extension, the higher
 * {@code service.ranking} wins (give it with DS's {@code @ServiceRanking}), then the older
 * service. Nothing is selected by calling plugin methods.
 *
 * <pre>
 * &#64;Component(service = MorphologyReader.class)
 * &#64;SynmapPlugin(kind = SynmapPlugin.MORPHOLOGY_READER, name = "swc", extensions = "swc",
 *         description = "SWC morphologies (NeuroMorpho)")
 * public final class SwcReader implements MorphologyReader { ... }
 * </pre>
 *
 * <p>The annotation is kept at run time too, so that code outside a framework (unit tests,
 * tools) can read a plugin's properties from its class.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SynmapPlugin {
    /** Makes the element names {@code synmap.plugin.<element>}. */
    String PREFIX_ = "synmap.plugin.";

    /** Service property: the plugin's kind, one of the kind constants below. */
    String KIND = "synmap.plugin.kind";
    /** Service property: the plugin's name, unique within its kind. */
    String NAME = "synmap.plugin.name";
    /** Service property: file extensions the plugin reads or writes, lower case without the dot. */
    String EXTENSIONS = "synmap.plugin.extensions";
    /** Service property: one line saying what the plugin does. */
    String DESCRIPTION = "synmap.plugin.description";

    String MORPHOLOGY_READER = "morphology-reader";
    String MORPHOLOGY_WRITER = "morphology-writer";
    String MORPHOLOGY_CATALOG = "morphology-catalog";
    String LATTICE_READER = "lattice-reader";
    String LATTICE_WRITER = "lattice-writer";
    String DENSITY_SOURCE = "density-source";
    String MODEL_WRITER = "model-writer";
    String CONNECTOME_MODEL = "connectome-model";
    String REALIZATION_WRITER = "realization-writer";
    String REALIZATION_READER = "realization-reader";
    String POINT_SET_WRITER = "point-set-writer";

    /** What the plugin is: one of the kind constants of this annotation. */
    String kind();

    /** Short name, unique within the kind, e.g. {@code hoc} or {@code barrel-cortex}. */
    String name();

    /** File extensions handled, lower case without the dot; the first is the default for writers. */
    String[] extensions() default {};

    /** One line saying what the plugin does. */
    String description() default "";
}
