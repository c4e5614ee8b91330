package org.synmap.connectome.api;

/**
 * The sample that stands for all samples of a run: the one whose files are written as the
 * run's result.
 *
 * @param index the 0-based sample index
 * @param rule  one line naming the rule that chose it, recorded in {@code run.json}
 * @param note  what the user should know about the choice (e.g. that no sample met the rule
 *              and a fallback was used), or null
 */
public record Representative(int index, String rule, String note) {

    public Representative {
        if (index < 0) {
            throw new IllegalArgumentException("negative sample index " + index);
        }
        java.util.Objects.requireNonNull(rule);
    }
}
