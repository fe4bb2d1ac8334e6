package vn.phoihop.simulation;

/** A rule that must hold after every step of every run; {@link #check} fails with an AssertionError. */
interface Invariant {

    String name();

    void check(World world);

}
