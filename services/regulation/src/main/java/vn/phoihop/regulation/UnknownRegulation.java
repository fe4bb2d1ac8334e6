package vn.phoihop.regulation;

import java.util.Collection;

/** A case names a regulation version this board was not given; it must not run under rules it cannot read. */
public class UnknownRegulation extends RuntimeException {

    public static final String RULE = "regulation-known";

    private final RegulationKey key;

    UnknownRegulation(RegulationKey key, String board, Collection<RegulationKey> known) {
        super("Regulation " + key + " is not known to the " + board + "; it knows " + known + ".");
        this.key = key;
    }

    public RegulationKey key() {
        return key;
    }

    public String rule() {
        return RULE;
    }

}
