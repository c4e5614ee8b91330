package org.synmap.output.isf;

/** ISF's output file names (isf-spec §2.12). */
final class IsfNames {
    static final String CONNECTED_CELLS = "NumberOfConnectedCells.csv";

    private IsfNames() {
    }

    /**
     * The cell part of every file name. ISF strips the last four characters of the hoc path,
     * assuming {@code .hoc} (quirk Q15, reproduced); for other morphologies the extension, if any,
     * is stripped.
     */
    static String cell(String morphologyName) {
        if (morphologyName.endsWith(".hoc") || morphologyName.endsWith(".HOC")) {
            return morphologyName.substring(0, morphologyName.length() - 4);
        }
        int dot = morphologyName.lastIndexOf('.');
        return dot > 0 ? morphologyName.substring(0, dot) : morphologyName;
    }

    static String syn(String cell, String runId) {
        return cell + "_synapses_" + runId + ".syn";
    }

    static String con(String cell, String runId) {
        return cell + "_synapses_" + runId + ".con";
    }

    static String summary(String cell, String runId) {
        return cell + "_summary_" + runId + ".csv";
    }
}
