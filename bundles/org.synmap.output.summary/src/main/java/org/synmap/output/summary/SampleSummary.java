package org.synmap.output.summary;

import java.util.List;


/**
 * ISF's summary of one sample (isf-spec §1.12).
 *
 * @param perType       one row per presynaptic type (column null), in the model's type order
 * @param perColumnType one row per (area, type), areas in model order, types within an area in
 *                      model order, including pairs without synapses (counts 0, path statistics
 *                      NaN, convergences 0.0)
 */
public record SampleSummary(List<SummaryRow> perType, List<SummaryRow> perColumnType) {

    public SampleSummary {
        perType = List.copyOf(perType);
        perColumnType = List.copyOf(perColumnType);
    }

    /** The per-type row of {@code type}, or null when this sample has none. */
    public SummaryRow type(String type) {
        for (SummaryRow r : perType) {
            if (r.type().equals(type)) {
                return r;
            }
        }
        return null;
    }
}
