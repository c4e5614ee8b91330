package org.synmap.morphology.hoc;

import java.util.List;
import java.util.Map;

/**
 * What a parser found in a hoc file, before parents are resolved.
 *
 * @param sections      kept sections (no axons) in file order
 * @param axons         names of skipped axon sections → their create line
 * @param dropped       names of sections the rules dropped → their create line
 * @param warnings      parser warnings, one line each; for ISF's rules each marks data ISF ignores
 */
record ParsedHoc(List<SectionDraft> sections, Map<String, Integer> axons, Map<String, Integer> dropped,
        List<String> warnings) {
}
