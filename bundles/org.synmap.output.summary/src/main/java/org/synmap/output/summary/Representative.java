package org.synmap.output.summary;

/**
 * The representative sample (isf-spec §1.13).
 *
 * @param index       0-based index of the chosen sample
 * @param withinTwoSd true when every type's synapse count of that sample lies within ±2 SD of
 *                    the population mean; false when no sample did and ISF's fallback (the
 *                    sample closest to the mean overall) was used
 */
public record Representative(int index, boolean withinTwoSd) {
}
