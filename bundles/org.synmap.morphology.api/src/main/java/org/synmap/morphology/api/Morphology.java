package org.synmap.morphology.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A neuron morphology: its sections in file order with stable 0-based ids (axons excluded),
 * and the cell-level values ISF derives from them (isf-spec §1.3, §1.12).
 */
public final class Morphology {
    private final String name;
    private final List<Section> sections;
    private final List<Structure> structureOrder;
    private final Box bounds;
    private final List<String> warnings;

    /**
     * A morphology without reader warnings.
     *
     * @param name     the cell id, as ISF forms it: the file's base name including its extension
     * @param sections sections in file order; section {@code i} must have id {@code i}
     */
    public Morphology(String name, List<Section> sections) {
        this(name, sections, List.of());
    }

    /**
     * A morphology with the warnings its reader gave: what the file says that the reader ignored,
     * or what it had to assume. Each warning is one line, {@code file:line: text} or
     * {@code file: text}.
     *
     * @param name     the cell id, as ISF forms it: the file's base name including its extension
     * @param sections sections in file order; section {@code i} must have id {@code i}
     * @param warnings the reader's warnings, in the order found; empty when there are none
     * @since 1.1
     */
    public Morphology(String name, List<Section> sections, List<String> warnings) {
        this.name = Objects.requireNonNull(name);
        this.warnings = List.copyOf(warnings);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException(name + ": a morphology needs at least one section");
        }
        this.sections = List.copyOf(sections);
        LinkedHashSet<Structure> order = new LinkedHashSet<>();
        Box box = null;
        for (int i = 0; i < this.sections.size(); i++) {
            Section s = this.sections.get(i);
            if (s.id() != i) {
                throw new IllegalArgumentException(name + ": section " + s.name() + " has id " + s.id() + " at position " + i);
            }
            if (s.parentId() < -1 || s.parentId() >= this.sections.size() || s.parentId() == i) {
                throw new IllegalArgumentException(name + ": section " + s.name() + " has unknown parent id " + s.parentId());
            }
            order.add(s.structure());
            box = box == null ? s.bounds() : box.union(s.bounds());
        }
        rejectCycles(name, this.sections);
        this.structureOrder = List.copyOf(order);
        this.bounds = box;
    }

    /** Parent links must form a forest: walking up from any section reaches a root within n steps. */
    private static void rejectCycles(String name, List<Section> sections) {
        for (Section s : sections) {
            int p = s.parentId();
            for (int steps = 0; p >= 0; steps++) {
                if (steps > sections.size()) {
                    throw new IllegalArgumentException(name + ": section " + s.name() + " is its own ancestor");
                }
                p = sections.get(p).parentId();
            }
        }
    }

    /** The cell id (file base name including the extension, e.g. {@code 86_C2_center.hoc}). */
    public String name() { return name; }

    /** Sections in file order; the index is the section id. */
    public List<Section> sections() { return sections; }

    public Section section(int id) { return sections.get(id); }

    /** Structures in order of first appearance; ISF's structure loops (and its RNG) follow this order. */
    public List<Structure> structureOrder() { return structureOrder; }

    /** Sections of one structure, in section order. */
    public List<Section> sections(Structure structure) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            if (s.structure() == structure) {
                out.add(s);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The cell's bounding box: per-axis min/max over all section points. */
    public Box bounds() { return bounds; }

    /**
     * The reader's warnings (one line each, {@code file:line: text}), empty when it gave none
     * or the morphology was not read from a file.
     *
     * @since 1.1
     */
    public List<String> warnings() { return warnings; }

    /** Total number of traced points. */
    public int pointCount() {
        int n = 0;
        for (Section s : sections) {
            n += s.pointCount();
        }
        return n;
    }

    /** Total length over all sections (µm), summed in section order. */
    public double totalLength() {
        double l = 0.0;
        for (Section s : sections) {
            l += s.length();
        }
        return l;
    }

    /** Length per structure (µm), summed in section order. */
    public Map<Structure, Double> lengthByStructure() {
        Map<Structure, Double> m = new EnumMap<>(Structure.class);
        for (Section s : sections) {
            m.merge(s.structure(), s.length(), Double::sum);
        }
        return m;
    }

    /**
     * ISF's path length from a position on a section to the soma (isf-spec §1.12): 0 on the
     * soma, otherwise {@code x·L} plus the lengths of all ancestors up to the first soma
     * section. Attachment positions and parent–child gaps are ignored, as in ISF.
     */
    public double pathLengthToSoma(int sectionId, double x) {
        Section s = sections.get(sectionId);
        if (s.structure() == Structure.SOMA) {
            return 0.0;
        }
        double d = x * s.length();
        int p = s.parentId();
        while (p >= 0) {
            Section parent = sections.get(p);
            if (parent.structure() == Structure.SOMA) {
                break;
            }
            d += parent.length();
            p = parent.parentId();
        }
        return d;
    }

    @Override
    public String toString() {
        return "Morphology[" + name + ", " + sections.size() + " sections]";
    }
}
