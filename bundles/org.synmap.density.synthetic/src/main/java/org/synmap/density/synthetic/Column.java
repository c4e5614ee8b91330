package org.synmap.density.synthetic;

/**
 * One barrel column: its name, the (x, y) of its vertical axis (µm), and its place in the
 * barrel field. {@code row} runs A = 0 … E = 4; a straddler between rows k and k+1 sits at
 * k + 0.3 (it is closer in size to the row above it). {@code arc} is 1 … 4, 0 for straddlers.
 */
record Column(String name, double x, double y, double row, int arc) {
}
