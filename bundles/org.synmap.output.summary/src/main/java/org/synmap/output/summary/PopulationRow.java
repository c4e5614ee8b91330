package org.synmap.output.summary;

import java.util.List;

/**
 * One row of ISF's population summary (isf-spec §1.13, §2.10 table 1): for one presynaptic
 * type, the mean and population SD across samples of each per-sample value.
 *
 * @param type   the presynaptic type
 * @param values the 37 numbers after the type column, in the order of ISF's header (mean,
 *               SD pairs, with the total presynaptic cells as a single mean)
 */
public record PopulationRow(String type, List<Double> values) {

    /** Number of values after the type column. */
    public static final int VALUE_COUNT = 37;

    public PopulationRow {
        values = List.copyOf(values);
        if (values.size() != VALUE_COUNT) {
            throw new IllegalArgumentException("a population row has " + VALUE_COUNT + " values, got " + values.size());
        }
    }
}
