package org.rbe.governance.jury.internal;

/** A selection method over one instance: everyone's selection probability, and a seeded draw of one panel. */
public interface Selector {
    /** The probability of each person of the pool (by position) to be on the panel. */
    double[] probabilities();

    /** The panel drawn with {@code seed}: positions in the pool, ascending. Same seed, same panel. */
    int[] draw(long seed);

    /** Name and version of the method. */
    String algorithm();
}
