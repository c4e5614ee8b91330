package org.synmap.morphology.swc;

import java.util.List;

/** The sections cut from an SWC tree, parents before children, and the warnings of the cut. */
record SwcSplit(List<SwcSectionPlan> sections, List<String> warnings) {

    SwcSplit {
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }
}
