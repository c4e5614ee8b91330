package org.synmap.density.synthetic;

/** One Gaussian component of a laminar bouton profile: its depth below the pia, width and relative weight. */
record LaminarPeak(double depth, double sigma, double weight) {
}
