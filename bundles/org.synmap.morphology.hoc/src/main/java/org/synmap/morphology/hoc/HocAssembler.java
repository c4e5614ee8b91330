package org.synmap.morphology.hoc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/** Turns parsed sections into a {@link Morphology}: ids, parents by name, checks (isf-spec §2.1 rule 6). */
final class HocAssembler {

    private HocAssembler() {
    }

    /**
     * @param name the morphology name (the file's base name including its extension)
     */
    static Morphology assemble(ParsedHoc parsed, HocSource src, String name) throws InputFormatException {
        List<SectionDraft> drafts = parsed.sections();
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            ids.put(drafts.get(i).name(), i);
        }
        int[] parents = new int[drafts.size()];
        for (int i = 0; i < drafts.size(); i++) {
            parents[i] = parentId(drafts.get(i), ids, parsed, src);
        }
        List<String> warnings = new ArrayList<>(parsed.warnings());
        List<Section> sections = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            SectionDraft d = drafts.get(i);
            requireNoCycle(i, parents, drafts, src);
            double parentX = parents[i] < 0 ? Double.NaN : d.parentX();
            Section s = new Section(i, d.name(), d.structure(), parents[i], parentX, d.coordinates(), d.diameters());
            if (s.length() == 0.0) {
                warnings.add(src.warning(d.createLine(), "section '" + d.name() + "' has zero length; ISF's relative"
                        + " point positions are then undefined (isf-spec §1.3)"));
            }
            sections.add(s);
        }
        return new Morphology(name, sections, warnings);
    }

    /**
     * The parent's id, or -1. Non-soma parents are resolved by name as ISF does; a soma's
     * connect, which ISF ignores, is kept when it names a kept section (it matters only when
     * the morphology is written again).
     */
    private static int parentId(SectionDraft d, Map<String, Integer> ids, ParsedHoc parsed, HocSource src)
            throws InputFormatException {
        String parent = d.parentName();
        if (parent == null) {
            return -1;
        }
        Integer id = ids.get(parent);
        if (id != null) {
            if (parent.equals(d.name())) {
                throw src.error(d.connectLine(), "section '" + d.name() + "' is connected to itself");
            }
            return id;
        }
        if (d.structure() == Structure.SOMA) {
            return -1;
        }
        if (parsed.axons().containsKey(parent)) {
            throw src.error(d.connectLine(), "parent '" + parent + "' of section '" + d.name() + "' is an axon section"
                    + " (line " + parsed.axons().get(parent) + "); axons are skipped as in ISF, so '" + d.name()
                    + "' has no parent");
        }
        if (parsed.dropped().containsKey(parent)) {
            throw src.error(d.connectLine(), "parent '" + parent + "' of section '" + d.name() + "' was dropped at line "
                    + parsed.dropped().get(parent) + " because ISF does not recognise its name");
        }
        throw src.error(d.connectLine(), "unknown parent section '" + parent + "' in the connect of '" + d.name() + "'");
    }

    /** Following parents from {@code id} must reach a root within as many steps as there are sections. */
    private static void requireNoCycle(int id, int[] parents, List<SectionDraft> drafts, HocSource src)
            throws InputFormatException {
        int p = parents[id];
        for (int steps = 0; p >= 0; steps++) {
            if (steps > parents.length) {
                SectionDraft d = drafts.get(id);
                throw src.error(d.connectLine(), "the parents of section '" + d.name() + "' never reach a root"
                        + " (connect cycle)");
            }
            p = parents[p];
        }
    }
}
